// The dump files on disk, written on demand and kept until the catalogue changes: a write expires the
// catalogue's cache tag (lib/cache/tags.ts), and the next request for a dump writes them all again.
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { tags } from "@/lib/cache/tags";
import { lastExpiry } from "@/lib/cache/tag-store.js";
import { databaseUrl } from "@/lib/database-url.js";
import { configuredSiteUrl } from "@/lib/site-url";
import { prisma } from "@/lib/db";
import { ATTRIBUTION, LICENCE } from "./licence";
import { streamSink } from "./sink";
import { DUMP_FILES, DUMP_WRITERS, type DumpFile } from "./writers";

const ROOT = path.resolve("data/dumps");
const MANIFEST = "generation.json";
/** What the site adds to the archive's files: provenance, licence, sizes and hashes. Served at /data/manifest.json. */
export const PUBLIC_MANIFEST = "manifest.json";
// The database's own record of which generation of files matches it: files left by another database
// (or by this one's previous life) never pass for fresh.
const GENERATION_TAG = "dumps:generation";

export type DumpEntry = { file: string; bytes: number; sha256: string };

export type DumpManifest = {
  /** When the files began to be written, in milliseconds: a catalogue change after it makes them stale. */
  generatedAtMs: number;
  /** Each file, and the same gzipped (`gzip.file` is the name with ".gz"). */
  files: (DumpEntry & { file: DumpFile; gzip: DumpEntry })[];
};

/** One folder per database, so that a development and a test server in the same checkout never share dumps. */
export function dumpDirectory(): string {
  const url = databaseUrl();
  const name =
    path
      .basename(url.replace(/^file:/, ""))
      .replace(/\.[^.]*$/, "")
      .replace(/[^\w-]+/g, "-") || "database";
  return path.join(ROOT, `${name}-${createHash("sha256").update(url).digest("hex").slice(0, 8)}`);
}

export function dumpPath(file: string): string {
  return path.join(dumpDirectory(), file);
}

let writing: Promise<DumpManifest> | null = null;

/** The manifest of dump files that match the catalogue as it is now, written first when they do not. */
export async function currentDumps(): Promise<DumpManifest> {
  const manifest = await readManifest();
  if (manifest && (await isFresh(manifest))) return manifest;
  // One writer per process; another process may write at the same time: same bytes, atomic renames.
  writing ??= writeDumps().finally(() => {
    writing = null;
  });
  return writing;
}

async function readManifest(): Promise<DumpManifest | null> {
  try {
    return JSON.parse(await readFile(path.join(dumpDirectory(), MANIFEST), "utf8")) as DumpManifest;
  } catch {
    return null;
  }
}

async function isFresh(manifest: DumpManifest): Promise<boolean> {
  const generation = await prisma.cacheTag.findUnique({ where: { tag: GENERATION_TAG } });
  // The catalogue's expiry as any read of it sees it: a decision's `results` ends it too (lib/cache/tag-store.js).
  return Number(generation?.expiredAtMs ?? -1) === manifest.generatedAtMs && (await lastExpiry([tags.catalogue])) < manifest.generatedAtMs;
}

async function writeDumps(): Promise<DumpManifest> {
  const generatedAtMs = Date.now();
  const directory = dumpDirectory();
  await mkdir(directory, { recursive: true });
  const files: DumpManifest["files"] = [];
  for (const file of DUMP_FILES) files.push({ ...(await writeDump(file, directory)), file });
  await replace(path.join(directory, PUBLIC_MANIFEST), (temporary) => writeFile(temporary, publicManifest(generatedAtMs, files)));
  const manifest: DumpManifest = { generatedAtMs, files };
  await replace(path.join(directory, MANIFEST), (temporary) => writeFile(temporary, JSON.stringify(manifest)));
  await prisma.cacheTag.upsert({
    where: { tag: GENERATION_TAG },
    create: { tag: GENERATION_TAG, expiredAtMs: BigInt(generatedAtMs) },
    update: { expiredAtMs: BigInt(generatedAtMs) },
  });
  return manifest;
}

/** Writes one dump and its gzipped copy beside their places and moves them there once complete, hashing on the way. */
async function writeDump(file: DumpFile, directory: string): Promise<DumpEntry & { gzip: DumpEntry }> {
  const plain = measure();
  const zipped = measure();
  await replace(path.join(directory, file), (temporary) =>
    replace(path.join(directory, `${file}.gz`), async (temporaryGz) => {
      const source = new PassThrough();
      const gzip = createGzip();
      source.pipe(gzip);
      const written = Promise.all([
        pipeline(source, plain.transform, createWriteStream(temporary)),
        pipeline(gzip, zipped.transform, createWriteStream(temporaryGz)),
      ]);
      await DUMP_WRITERS[file](streamSink(source));
      source.end();
      await written;
    }),
  );
  return { file, ...plain.result(), gzip: { file: `${file}.gz`, ...zipped.result() } };
}

function measure() {
  const hash = createHash("sha256");
  let bytes = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { transform, result: () => ({ bytes, sha256: hash.digest("hex") }) };
}

async function replace(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    await write(temporary);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}

function publicManifest(generatedAtMs: number, files: DumpManifest["files"]): string {
  const manifest = {
    source: `${configuredSiteUrl()}/data`,
    generated_at: new Date(generatedAtMs).toISOString(),
    licence: LICENCE.name,
    licence_url: LICENCE.url,
    attribution: ATTRIBUTION,
    format: "The Papers with Code archive's five files, under its names and in its shapes (docs/archive-format.md).",
    files: files.flatMap(({ file, bytes, sha256, gzip }) => [{ file, bytes, sha256 }, gzip]),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
