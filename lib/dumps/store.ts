// The dump files on disk, written on demand and kept until the catalogue changes: a write expires the
// catalogue's cache tag (lib/cache/tags.ts), and the next request for a dump writes them all again.
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { tags } from "@/lib/cache/tags";
import { databaseUrl } from "@/lib/database-url.js";
import { prisma } from "@/lib/db";
import { streamSink } from "./sink";
import { DUMP_FILES, DUMP_WRITERS, type DumpFile } from "./writers";

const ROOT = path.resolve("data/dumps");
const MANIFEST = "manifest.json";
// The database's own record of which generation of files matches it: files left by another database
// (or by this one's previous life) never pass for fresh.
const GENERATION_TAG = "dumps:generation";

export type DumpManifest = {
  /** When the files began to be written, in milliseconds: a catalogue change after it makes them stale. */
  generatedAtMs: number;
  files: { file: DumpFile; bytes: number; sha256: string }[];
};

/** One folder per database, so that a development and a test server in the same checkout never share dumps. */
export function dumpDirectory(): string {
  const url = databaseUrl();
  const name = path.basename(url.replace(/^file:/, "")).replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "-") || "database";
  return path.join(ROOT, `${name}-${createHash("sha256").update(url).digest("hex").slice(0, 8)}`);
}

export function dumpPath(file: DumpFile): string {
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
  const rows = await prisma.cacheTag.findMany({ where: { tag: { in: [tags.catalogue, GENERATION_TAG] } } });
  const at = (tag: string) => Number(rows.find((row) => row.tag === tag)?.expiredAtMs ?? -1);
  return at(GENERATION_TAG) === manifest.generatedAtMs && at(tags.catalogue) < manifest.generatedAtMs;
}

async function writeDumps(): Promise<DumpManifest> {
  const generatedAtMs = Date.now();
  const directory = dumpDirectory();
  await mkdir(directory, { recursive: true });
  const files: DumpManifest["files"] = [];
  for (const file of DUMP_FILES) files.push({ file, ...(await writeDump(file, directory)) });
  const manifest: DumpManifest = { generatedAtMs, files };
  await replace(path.join(directory, MANIFEST), (temporary) => writeFile(temporary, JSON.stringify(manifest)));
  await prisma.cacheTag.upsert({
    where: { tag: GENERATION_TAG },
    create: { tag: GENERATION_TAG, expiredAtMs: BigInt(generatedAtMs) },
    update: { expiredAtMs: BigInt(generatedAtMs) },
  });
  return manifest;
}

/** Writes one dump beside its place and moves it there once complete, counting and hashing on the way. */
async function writeDump(file: DumpFile, directory: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  await replace(path.join(directory, file), async (temporary) => {
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    const written = pipeline(measure, createWriteStream(temporary));
    await DUMP_WRITERS[file](streamSink(measure));
    measure.end();
    await written;
  });
  return { bytes, sha256: hash.digest("hex") };
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
