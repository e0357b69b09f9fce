import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { LICENCE } from "./licence";
import { currentDumps, dumpPath, PUBLIC_MANIFEST, type DumpManifest } from "./store";
import { DUMP_FILES } from "./writers";

/** The names /data serves: each of the archive's files, plain and gzipped, and the manifest beside them. */
export function isDumpFile(file: string): boolean {
  return file === PUBLIC_MANIFEST || DUMP_FILES.some((name) => file === name || file === `${name}.gz`);
}

function entryOf(manifest: DumpManifest, file: string) {
  for (const entry of manifest.files) {
    if (entry.file === file) return entry;
    if (entry.gzip.file === file) return entry.gzip;
  }
  return null;
}

/**
 * A dump file, streamed from disk (written first if the catalogue changed since). Its hash is its ETag,
 * so that a script that has it already gets a 304 instead of hundreds of megabytes.
 */
export async function downloadDump(request: Request, file: string): Promise<Response> {
  if (!isDumpFile(file))
    return new Response("No such dump. The dumps are listed at /data.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const manifest = await currentDumps();
  const entry = entryOf(manifest, file);
  const etag = `"${entry ? entry.sha256 : `m${manifest.generatedAtMs}`}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=0, must-revalidate",
    "Access-Control-Allow-Origin": "*",
    Link: `<${LICENCE.url}>; rel="license"`,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  // The open file stays readable even if a newer generation replaces it meanwhile.
  const handle = await open(dumpPath(file));
  const { size } = await handle.stat();
  const isGzip = file.endsWith(".gz");
  return new Response(Readable.toWeb(handle.createReadStream()) as ReadableStream, {
    headers: {
      ...headers,
      "Content-Type": isGzip ? "application/gzip" : "application/json; charset=utf-8",
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="${file}"`,
    },
  });
}
