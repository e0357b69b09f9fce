import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { LICENCE } from "./licence";
import { currentDumps, dumpPath } from "./store";
import { DUMP_FILES, type DumpFile } from "./writers";

export function isDumpFile(file: string): file is DumpFile {
  return (DUMP_FILES as readonly string[]).includes(file);
}

/**
 * A dump file, streamed from disk (written first if the catalogue changed since). Its hash is its ETag,
 * so that a script that has it already gets a 304 instead of hundreds of megabytes.
 */
export async function downloadDump(request: Request, file: string): Promise<Response> {
  if (!isDumpFile(file)) return new Response("No such dump. The dumps are listed at /data.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const manifest = await currentDumps();
  const etag = `"${manifest.files.find((entry) => entry.file === file)!.sha256}"`;
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
  return new Response(Readable.toWeb(handle.createReadStream()) as ReadableStream, {
    headers: {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="pwc2-${file}"`,
    },
  });
}
