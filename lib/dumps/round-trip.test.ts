import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { importPwcFiles } from "@/lib/import/import-pwc";
import { resetDatabase } from "@/lib/test/reset-database";
import { DUMP_FILES, DUMP_WRITERS, type DumpFile } from "./writers";
import { streamSink } from "./sink";

const SAMPLES = "/work/shared/pwc-samples";
// The format's own example is not valid JSON (a trailing comma): the importer refuses it.
const samples = (await readdir(SAMPLES)).filter((file) => file.endsWith(".json") && file !== "example_json_format.json").sort();

async function dumpAll(directory: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [name, write] of Object.entries(DUMP_WRITERS) as [DumpFile, (typeof DUMP_WRITERS)[DumpFile]][]) {
    const file = path.join(directory, name);
    const stream = createWriteStream(file);
    await write(streamSink(stream));
    stream.end();
    await finished(stream);
    files[name] = file;
  }
  return files;
}

describe("a dump round-trips through the importer", () => {
  it("has samples to try", () => {
    expect(samples.length).toBeGreaterThanOrEqual(9);
  });

  it.each(samples)("%s: import → dump → import into an empty database → dump gives the same bytes", async (sample) => {
    const directory = await mkdtemp(path.join(tmpdir(), "pwc-dump-"));
    const round = async (file: string, name: string) => {
      await resetDatabase();
      const summary = await importPwcFiles([file]);
      return { summary, files: await dumpAll(await mkdtemp(path.join(directory, name))) };
    };
    const first = await round(path.join(SAMPLES, sample), "first-");
    const second = await round(first.files["evaluation-tables.json"], "second-");
    expect(second.summary.skippedRows).toEqual([]);
    const tables = await readFile(first.files["evaluation-tables.json"], "utf8");
    expect(await readFile(second.files["evaluation-tables.json"], "utf8")).toBe(tables);

    // Papers take their date from the first row that names them: the dump's row order settles it after one round.
    const third = await round(second.files["evaluation-tables.json"], "third-");
    for (const name of DUMP_FILES) {
      const [b, c] = await Promise.all([readFile(second.files[name], "utf8"), readFile(third.files[name], "utf8")]);
      expect(c, `${name} after another round`).toBe(b);
    }
    const original = JSON.parse(await readFile(path.join(SAMPLES, sample), "utf8"));
    expect(countRows(JSON.parse(tables))).toBe(countRows(original));
  });
});

// Rows with at least one metric value: what the importer keeps.
function countRows(tasks: unknown[]): number {
  let rows = 0;
  const walkDatasets = (datasets: { sota?: { rows?: { metrics?: Record<string, unknown> }[] }; subdatasets?: unknown[] }[] = []) => {
    for (const dataset of datasets) {
      rows += (dataset.sota?.rows ?? []).filter((row) => Object.keys(row.metrics ?? {}).length > 0).length;
      walkDatasets(dataset.subdatasets as never);
    }
  };
  const walkTasks = (list: { datasets?: never[]; subtasks?: never[] }[] = []) => {
    for (const task of list) {
      walkDatasets(task.datasets);
      walkTasks(task.subtasks);
    }
  };
  walkTasks(tasks as never);
  return rows;
}
