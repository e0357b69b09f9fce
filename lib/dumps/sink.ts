import type { Writable } from "node:stream";

/** Where a dump is written, a piece at a time: writing waits while the stream's buffer is full. */
export type Sink = { write(text: string): Promise<void> };

export function streamSink(stream: Writable): Sink {
  return {
    write(text) {
      if (stream.write(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (error: Error) => {
          stream.off("drain", onDrain);
          reject(error);
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      });
    },
  };
}

/** Writes a JSON array one item per line ("[\n{…},\n{…}\n]"), so that a reader can stream it and a diff reads well. */
export async function writeJsonLines<T>(sink: Sink, items: AsyncIterable<T>): Promise<void> {
  let count = 0;
  for await (const item of items) {
    await sink.write(`${count === 0 ? "[\n" : ",\n"}${JSON.stringify(item)}`);
    count += 1;
  }
  await sink.write(count === 0 ? "[]" : "\n]");
}

/** Code point order: the same in every locale and on every machine, as a byte-for-byte dump needs. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
