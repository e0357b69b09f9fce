import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importPwcFiles, type ImportSummary } from "@/lib/import/import-pwc";
import { resetDatabase } from "@/lib/test/reset-database";
import { scaledSize, writeSyntheticArchive } from "@/scripts/synthetic-archive";
import { scaledCatalogue, writeSyntheticCatalogue } from "@/scripts/synthetic-catalogue";
import { DUMP_FILES, DUMP_WRITERS, type DumpFile } from "./writers";
import { streamSink } from "./sink";

const SAMPLES = "/work/shared/pwc-samples";
// The format's own example is not valid JSON (a trailing comma): the importer refuses it.
const samples = (await readdir(SAMPLES)).filter((file) => file.endsWith(".json") && file !== "example_json_format.json").sort();

async function dumpAll(directory: string): Promise<Record<DumpFile, string>> {
  const files = {} as Record<DumpFile, string>;
  for (const name of DUMP_FILES) {
    const file = path.join(directory, name);
    const stream = createWriteStream(file);
    await DUMP_WRITERS[name](streamSink(stream));
    stream.end();
    await finished(stream);
    files[name] = file;
  }
  return files;
}

/** Imports the files into an empty database and writes the five dumps. */
async function round(files: string[], directory: string): Promise<{ summary: ImportSummary; files: Record<DumpFile, string> }> {
  await resetDatabase();
  const summary = await importPwcFiles(files);
  return { summary, files: await dumpAll(await mkdtemp(path.join(directory, "round-"))) };
}

async function expectSameBytes(a: Record<DumpFile, string>, b: Record<DumpFile, string>) {
  for (const name of DUMP_FILES) {
    const [x, y] = await Promise.all([readFile(a[name], "utf8"), readFile(b[name], "utf8")]);
    expect(y, `${name} after another round`).toBe(x);
  }
}

describe("a dump round-trips through the importer", () => {
  it("has samples to try", () => {
    expect(samples.length).toBeGreaterThanOrEqual(9);
  });

  it.each(samples)("%s: import → dump → import into an empty database → dump gives the same bytes", async (sample) => {
    const directory = await mkdtemp(path.join(tmpdir(), "pwc-dump-"));
    const first = await round([path.join(SAMPLES, sample)], directory);
    const second = await round([first.files["evaluation-tables.json"]], directory);
    expect(second.summary.skippedRows).toEqual([]);
    const tables = await readFile(first.files["evaluation-tables.json"], "utf8");
    expect(await readFile(second.files["evaluation-tables.json"], "utf8")).toBe(tables);

    // Papers take their date from the first row that names them: the dump's row order settles it after one round.
    const third = await round(Object.values(second.files), directory);
    const fourth = await round(Object.values(third.files), directory);
    await expectSameBytes(third.files, fourth.files);
    const original = JSON.parse(await readFile(path.join(SAMPLES, sample), "utf8"));
    // Rows identical to one before them in their table are one result.
    expect(countRows(JSON.parse(tables))).toBe(countRows(original) - first.summary.counts.results.merged);
  });

  it("settings and axes a moderator or a submission gave come back from the dump, not from the model name's markers", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "pwc-dump-extras-"));
    await resetDatabase();
    await importPwcFiles([path.join(SAMPLES, "snli.json")]);
    const row = await prisma.result.findFirstOrThrow({ where: { params: { not: null } }, orderBy: { modelName: "asc" } });
    const given = {
      settings: JSON.stringify({ ensemble: "yes", shots: "0" }),
      settingNotes: "* trained twice",
      params: 1.5e6,
      trainingCompute: 2e18,
      inferenceCost: null,
    };
    await prisma.result.update({ where: { id: row.id }, data: given });
    const first = await dumpAll(await mkdtemp(path.join(directory, "round-")));
    const second = await round([first["evaluation-tables.json"]], directory);
    const back = await prisma.result.findFirstOrThrow({ where: { modelName: row.modelName, trainingCompute: 2e18 } });
    expect(back).toMatchObject(given);
    expect(await readFile(second.files["evaluation-tables.json"], "utf8")).toBe(await readFile(first["evaluation-tables.json"], "utf8"));
  });

  it("a generated archive of all five files, gzipped or not, in any order: the same bytes from the second round on", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "pwc-dump-all-"));
    await writeSyntheticArchive(path.join(directory, "evaluation-tables.json"), 3, scaledSize(0.005));
    const catalogue = await writeSyntheticCatalogue(directory, 3, scaledCatalogue(0.0005));
    await writeFile(path.join(directory, "papers-with-abstracts.json.gz"), gzipSync(await readFile(path.join(directory, "papers-with-abstracts.json"))));
    const archive = ["methods.json", "datasets.json", "links-between-papers-and-code.json", "papers-with-abstracts.json.gz", "evaluation-tables.json"].map(
      (name) => path.join(directory, name),
    );
    const first = await round(archive, directory);
    expect(first.summary.skippedRows).toEqual([]);
    expect(first.summary.counts.papers.merged).toBe(catalogue.repeated.papers);
    expect(first.summary.counts["code links"].merged).toBe(catalogue.repeated.links);

    const second = await round(Object.values(first.files).reverse(), directory);
    const third = await round(Object.values(second.files), directory);
    await expectSameBytes(second.files, third.files);
    const papers = JSON.parse(await readFile(third.files["papers-with-abstracts.json"], "utf8"));
    expect(papers.length).toBeGreaterThanOrEqual(catalogue.papers);
    expect(Object.keys(papers[0])).toEqual([
      "paper_url",
      "arxiv_id",
      "title",
      "abstract",
      "url_abs",
      "url_pdf",
      "proceeding",
      "authors",
      "tasks",
      "date",
      "methods",
    ]);
  }, 600_000);
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
