import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { pipeline, Transform, type Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { jsonVerifier } from "stream-json/utils/verifier.js";
import { none } from "stream-chain/defs.js";
import { AppError } from "@/lib/errors";

const BLOCK_SIZE = 1 << 20;

export type ReadOptions = {
  /** Check the JSON syntax on the way, to name the line and column of a mistake. */
  verify?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
};

/** Where the file stops being a JSON list: the verifier then finds the line and column. */
class NotAJsonList extends Error {
  constructor(readonly isList: boolean) {
    super("not a JSON list");
  }
}

/**
 * The elements of the top-level JSON array in a file, one at a time: memory holds one element, not the file.
 * A file that is not JSON, or whose top level is not an array, is refused with an AppError naming the place.
 */
export async function* readJsonArray(file: string, options: ReadOptions = {}): AsyncGenerator<unknown> {
  const name = path.basename(file);
  try {
    yield* splitArray(readText(file, { onProgress: options.onProgress }));
  } catch (error) {
    if (!(error instanceof NotAJsonList)) throw refusal(name, error);
    // A mistake is rare: reading the file again with stream-json's verifier names its line and column.
    try {
      for await (const _block of readText(file, { verify: true })) continue;
    } catch (verifierError) {
      throw refusal(name, verifierError);
    }
    throw new AppError("INVALID_INPUT", error.isList ? `${name}: not valid JSON` : `${name}: not the PWC format at the top level: expected a list of tasks`);
  }
}

const SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;

/**
 * Cuts the text of a JSON list into its elements and parses each with JSON.parse, which is many times
 * faster than a streaming parser. Strings and nesting are followed only to find where an element ends;
 * JSON.parse checks the element itself.
 */
async function* splitArray(blocks: AsyncIterable<string>): AsyncGenerator<unknown> {
  let state = "before" as "before" | "expectValue" | "expectValueOrEnd" | "element" | "after";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  for await (const block of blocks) {
    let elementStart = state === "element" ? 0 : -1;
    for (let i = 0; i < block.length; i++) {
      const code = block.charCodeAt(i);
      if (state === "element") {
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
        } else if (code === QUOTE) {
          inString = true;
        } else if (OPEN.has(code)) {
          depth += 1;
        } else if (depth > 0 && CLOSE.has(code)) {
          depth -= 1;
        } else if (depth === 0 && (code === COMMA || code === CLOSE_LIST)) {
          parts.push(block.slice(elementStart, i));
          yield parse(parts.join(""));
          parts = [];
          state = code === COMMA ? "expectValue" : "after";
        }
        continue;
      }
      if (SPACE.has(code)) continue;
      if (state === "before") {
        if (code !== OPEN_LIST) throw new NotAJsonList(false);
        state = "expectValueOrEnd";
      } else if (state === "expectValueOrEnd" && code === CLOSE_LIST) {
        state = "after";
      } else if (state === "expectValue" || state === "expectValueOrEnd") {
        if (CLOSE.has(code) || code === COMMA) throw new NotAJsonList(true);
        state = "element";
        elementStart = i;
        depth = 0;
        i -= 1;
      } else {
        throw new NotAJsonList(true);
      }
    }
    if (state === "element") parts.push(block.slice(elementStart));
  }
  if (state !== "after") throw new NotAJsonList(state !== "before");
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotAJsonList(true);
  }
}

// Decoded text blocks of the file (gunzipped when its name ends in .gz); with `verify`, each block is also
// checked by stream-json's verifier, which knows the line and column of a syntax error (the parser does not,
// and accepts a truncated file). Progress counts the bytes of the file itself, compressed or not.
async function* readText(file: string, { verify = false, onProgress }: ReadOptions): AsyncGenerator<string> {
  const { size } = await stat(file);
  const verifier = verify ? jsonVerifier() : null;
  const decoder = new StringDecoder("utf8");
  let bytesRead = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      onProgress?.(bytesRead, size);
      done(null, chunk);
    },
  });
  const streams: (Readable | Transform)[] = [createReadStream(file, { highWaterMark: BLOCK_SIZE }), count];
  if (isGzipped(file)) streams.push(createGunzip());
  const text = pipeline(streams as [Readable, Transform], () => {}) as unknown as Readable;
  let isFirst = true;
  for await (const chunk of text) {
    let block = decoder.write(chunk as Buffer);
    if (isFirst) block = block.replace(/^\uFEFF/, "");
    isFirst = false;
    verifier?.(block);
    yield block;
  }
  if (size === 0) onProgress?.(0, 0);
  const tail = decoder.end();
  verifier?.(tail);
  // The verifier's end of input: it refuses what is left open (a truncated file).
  verifier?.(none as unknown as string);
  if (tail) yield tail;
}

export function isGzipped(file: string): boolean {
  return /\.gz$/i.test(file);
}

function refusal(name: string, error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") return new AppError("INVALID_INPUT", `${name}: not a readable gzip file (${message})`);
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
    return new AppError("INVALID_INPUT", `${name}: cannot be read (${code === "ENOENT" ? "no such file" : message})`);
  }
  if (isVerifierError(error)) {
    const problem = message.replace(/^ERROR at \d+ \(\d+, \d+\): (?:Verifier cannot parse input: )?/, "");
    return new AppError("INVALID_INPUT", `${name}: not valid JSON at line ${error.line}, column ${error.pos}: ${problem}${trailingCommaHint(problem)}`);
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
