import { open } from "node:fs/promises";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { gen } from "stream-chain/core";
import { jsonParser } from "stream-json/parser.js";
import { streamArray } from "stream-json/streamers/stream-array.js";
import { jsonVerifier } from "stream-json/utils/verifier.js";
import { none } from "stream-chain/defs.js";
import { AppError } from "@/lib/errors";

const BLOCK_SIZE = 1 << 20;

export type ReadOptions = {
  /** Check the JSON syntax on the way, to name the line and column of a mistake. */
  verify?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
};

/**
 * The elements of the top-level JSON array in a file, one at a time: memory holds one element, not the file.
 * A file that is not JSON, or whose top level is not an array, is refused with an AppError naming the place.
 */
export async function* readJsonArray(file: string, options: ReadOptions = {}): AsyncGenerator<unknown> {
  const name = path.basename(file);
  const elements = gen(
    async function* (source: string) {
      yield* readText(source, options);
    },
    jsonParser(),
    streamArray(),
  )(file);
  try {
    for await (const element of elements) yield (element as { value: unknown }).value;
  } catch (error) {
    throw refusal(name, error);
  }
}

// Decoded text blocks of the file; with `verify`, each block is also checked by stream-json's verifier,
// which knows the line and column of a syntax error (the parser does not, and accepts a truncated file).
async function* readText(file: string, { verify = false, onProgress }: ReadOptions): AsyncGenerator<string> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const verifier = verify ? jsonVerifier() : null;
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(BLOCK_SIZE);
    let bytesRead = 0;
    for (;;) {
      const read = await handle.read(buffer, 0, BLOCK_SIZE);
      if (read.bytesRead === 0) break;
      bytesRead += read.bytesRead;
      onProgress?.(bytesRead, size);
      let block = decoder.write(buffer.subarray(0, read.bytesRead));
      if (bytesRead === read.bytesRead) block = block.replace(/^\uFEFF/, "");
      verifier?.(block);
      yield block;
    }
    const tail = decoder.end();
    verifier?.(tail);
    // The verifier's end of input: it refuses what is left open (a truncated file).
    verifier?.(none as unknown as string);
    if (tail) yield tail;
  } finally {
    await handle.close();
  }
}

function refusal(name: string, error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
    return new AppError("INVALID_INPUT", `${name}: cannot be read (${code === "ENOENT" ? "no such file" : message})`);
  }
  if (isVerifierError(error)) {
    const problem = message.replace(/^ERROR at \d+ \(\d+, \d+\): (?:Verifier cannot parse input: )?/, "");
    return new AppError(
      "INVALID_INPUT",
      `${name}: not valid JSON at line ${error.line}, column ${error.pos}: ${problem}${trailingCommaHint(problem)}`,
    );
  }
  if (/Top-level object should be an array/.test(message)) {
    return new AppError("INVALID_INPUT", `${name}: not the PWC format at the top level: expected a list of tasks`);
  }
  if (/cannot parse input/i.test(message)) {
    return new AppError("INVALID_INPUT", `${name}: not valid JSON: ${message}`);
  }
  return error instanceof AppError ? error : new AppError("INVALID_INPUT", `${name}: ${message}`);
}

function isVerifierError(error: unknown): error is Error & { line: number; pos: number } {
  return error instanceof Error && typeof (error as { line?: unknown }).line === "number";
}

function trailingCommaHint(problem: string): string {
  return /unexpected token '[}\]]'/.test(problem) ? " (is there a comma after the last item before it?)" : "";
}
