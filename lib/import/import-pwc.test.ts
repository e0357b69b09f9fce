import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { catalogueCounts, findInconsistencies } from "@/lib/consistency";
import { importPwcFiles, type ImportSummary } from "./import-pwc";
import { formatSummary } from "./report";
import { scaledSize, writeSyntheticArchive } from "@/scripts/synthetic-archive";

// The real archive samples, read where they are (they are not to be copied into the repository).
const SAMPLES = "/work/shared/pwc-samples";
const sample = (name: string) => path.join(SAMPLES, name);
const ALL_SAMPLES = readdirSync(SAMPLES)
  .filter((name) => name.endsWith(".json") && name !== "example_json_format.json")
  .sort()
  .map(sample);

const scratch = mkdtempSync(path.join(tmpdir(), "pwc-import-test-"));
function writeScratch(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

async function rowCounts() {
  const [catalogue, repositories, links, revisions] = await Promise.all([
    catalogueCounts(),
    prisma.codeRepository.count(),
    prisma.datasetLink.count(),
    prisma.resultRevision.count(),
  ]);
  return { ...catalogue, repositories, links, revisions };
}

async function valueOf(benchmarkSlug: string, modelName: string, metric: string) {
  return prisma.resultValue.findFirstOrThrow({
    where: { metric: { name: metric, benchmark: { slug: benchmarkSlug } }, result: { modelName } },
  });
}

describe("importing every sample", () => {
  let summary: ImportSummary;
  beforeAll(async () => {
    await resetDatabase();
    summary = await importPwcFiles(ALL_SAMPLES);
  });

  it("creates the catalogue the files describe and says so", async () => {
    // Four rows of the samples repeat one before them in the same table, word for word: merged.
    expect(summary.counts).toMatchObject({
      tasks: { created: 18, updated: 0, unchanged: 0, merged: 0 },
      datasets: { created: 39, updated: 0, unchanged: 0, merged: 0 },
      benchmarks: { created: 39, updated: 0, unchanged: 0, merged: 0 },
      papers: { created: 205, updated: 0, unchanged: 0, merged: 0 },
      results: { created: 1142, updated: 0, unchanged: 0, merged: 4 },
    });
    expect(await rowCounts()).toMatchObject({ tasks: 18, datasets: 39, benchmarks: 39, papers: 205, results: 1142 });
    expect(await prisma.result.count({ where: { source: "PWC_ARCHIVE", sourceKey: { startsWith: "pwc:" } } })).toBe(1142);
    expect(summary.skippedRows).toEqual([]);
    expect(formatSummary(summary)).toMatch(/results\s+1,142\s+0\s+0\s+4/);
  });

  it("keeps odd values as text, flagged and unranked, and reads the rest", async () => {
    expect(await valueOf("node-property-prediction-on-ogbn-products", "SAGN+SLE", "Test Accuracy")).toMatchObject({
      raw: "0.8428 ± 0.0014",
      value: 0.8428,
      uncertainty: 0.0014,
    });
    expect(await valueOf("natural-language-inference-on-snli", "600D (300+300) BiLSTM encoders", "Parameters")).toMatchObject({
      raw: "2.0m",
      value: 2_000_000,
    });
    expect(await valueOf("classification-on-cifar-10", "Random Erasing Data Augmentation", "Test Error")).toMatchObject({
      raw: "3.08%",
      value: 3.08,
    });
    const unreadable = await prisma.resultValue.findMany({ where: { value: null }, select: { raw: true } });
    expect(new Set(unreadable.map((value) => value.raw))).toEqual(
      new Set(["Please tell us", "(32.76 32.07 26.26 22.74)", "(16.97 15.58)", "(14.62 10.86)", "", "–"]),
    );
    expect(summary.unreadableValues).toHaveLength(unreadable.length);
    expect(summary.unreadableValues).toContainEqual({
      file: "redditsota.json",
      place: "[1].datasets[0].sota.rows[0].metrics.BLEU",
      raw: "(32.76 32.07 26.26 22.74)",
    });
  });

  it("infers which metrics are lower-is-better and which are not scores", async () => {
    const direction = async (name: string) => (await prisma.metric.findFirstOrThrow({ where: { name } })).direction;
    expect(await direction("Perplexity")).toBe("LOWER_IS_BETTER");
    expect(await direction("Test Error")).toBe("LOWER_IS_BETTER");
    expect(await direction("Top-1 Error")).toBe("LOWER_IS_BETTER");
    expect(await direction("WER")).toBe("LOWER_IS_BETTER");
    expect(await direction("Number of params")).toBe("NOT_RANKED");
    expect(await direction("Parameters")).toBe("NOT_RANKED");
    expect(await direction("NUM RADS BELOW CURVE")).toBe("HIGHER_IS_BETTER");
    expect(await direction("Test MRR")).toBe("HIGHER_IS_BETTER");
    const snliMetrics = await prisma.metric.findMany({
      where: { benchmark: { slug: "natural-language-inference-on-snli" } },
      orderBy: { position: "asc" },
    });
    expect(snliMetrics.map(({ name, unit }) => [name, unit])).toEqual([
      ["% Test Accuracy", "%"],
      ["% Train Accuracy", "%"],
      ["Parameters", "count"],
    ]);
    const cifarError = await prisma.metric.findFirstOrThrow({
      where: { name: "Test Error", benchmark: { slug: "classification-on-cifar-10" } },
    });
    expect(cifarError.unit).toBe("%");
  });

  it("maps tasks, areas, datasets, papers and rows as the archive means them", async () => {
    const snli = await prisma.task.findUniqueOrThrow({ where: { name: "Natural Language Inference" }, include: { area: true } });
    expect(snli).toMatchObject({
      sourceTitle: "RedditSota",
      area: { name: "Natural Language Processing" },
    });
    const cmrc = await prisma.dataset.findFirstOrThrow({ where: { name: { startsWith: "CMRC 2018" } }, include: { links: true } });
    expect(cmrc.links.map(({ kind, url }) => ({ kind, url }))).toContainEqual({ kind: "LINK", url: "http://ymcui.com/cmrc2018/" });

    const gpt2 = await prisma.result.findFirstOrThrow({
      where: { benchmark: { slug: "language-modelling-on-ptb" }, modelName: "Language Models are Unsupervised Multitask Learners" },
      include: { paper: { include: { repositories: true, tasks: true, datasets: true } } },
    });
    expect(gpt2).toMatchObject({ codeUrl: "https://github.com/openai/gpt-2", evaluatedAt: null, usesExtraData: false });
    expect(gpt2.paper?.repositories).toEqual([expect.objectContaining({ url: "https://github.com/openai/gpt-2", framework: "TensorFlow" })]);
    expect(gpt2.paper?.tasks.map((task) => task.name)).toEqual(["Language Modelling"]);
    expect(gpt2.paper?.datasets.map((dataset) => dataset.name).sort()).toEqual(["PTB", "WikiText-2"]);

    const sagn = await prisma.result.findFirstOrThrow({ where: { modelName: "SAGN+SLE" }, include: { paper: true } });
    expect(sagn.evaluatedAt).toEqual(new Date("2021-04-19T00:00:00Z"));
    expect(sagn.paper).toMatchObject({ title: "arXiv:2104.09376", arxivId: "2104.09376", url: "https://arxiv.org/abs/2104.09376" });

    const noPaper = await prisma.result.findFirstOrThrow({ where: { modelName: "Conditional-Training-LSR" } });
    expect(noPaper.paperId).toBeNull();
    const repositoryAsPaper = await prisma.result.findFirstOrThrow({ where: { modelName: "YWW(ensemble)" } });
    expect(repositoryAsPaper).toMatchObject({ paperId: null, codeUrl: "https://github.com/jfhealthcare/Chexpert" });
  });

  it("expires the cached pages of what it wrote", async () => {
    const benchmark = await prisma.benchmark.findUniqueOrThrow({ where: { slug: "natural-language-inference-on-snli" } });
    const expired = (await prisma.cacheTag.findMany()).map((tag) => tag.tag);
    expect(expired).toContain("catalogue");
    expect(expired).toContain(`benchmark:${benchmark.id}`);
    expect(expired).toContain(`task:${benchmark.taskId}`);
    expect(expired).toContain(`dataset:${benchmark.datasetId}`);
  });
});

describe("progress", () => {
  beforeEach(resetDatabase);

  it("tells how much of each file it has checked, then imported", async () => {
    const events: string[] = [];
    await importPwcFiles([sample("record.json")], ({ file, phase, bytesRead, totalBytes }) => {
      if (bytesRead === totalBytes) events.push(`${path.basename(file)} ${phase} ${totalBytes}`);
    });
    expect(events).toEqual(["record.json checking 5536", "record.json importing 5536"]);
  });
});

describe("importing again", () => {
  beforeEach(resetDatabase);

  it("changes nothing when the file is the same", async () => {
    await importPwcFiles(ALL_SAMPLES);
    const before = await rowCounts();
    const second = await importPwcFiles(ALL_SAMPLES);

    for (const counts of Object.values(second.counts)) expect(counts).toMatchObject({ created: 0, updated: 0 });
    expect(second.counts.results.unchanged).toBe(1142);
    expect(await rowCounts()).toEqual(before);
  });

  it("updates in place a result whose change keeps its values (here, one more digit that rounds the same), and only that one", async () => {
    await importPwcFiles([sample("snli.json")]);
    const data = JSON.parse(readFileSync(sample("snli.json"), "utf8"));
    const row = data[0].datasets[0].sota.rows.find((candidate: { model_name: string }) => candidate.model_name === "600D (300+300) BiLSTM encoders");
    row.metrics["% Test Accuracy"] = "83.30";

    const second = await importPwcFiles([writeScratch("snli-changed.json", data)]);

    expect(second.counts.results).toEqual({ created: 0, updated: 1, unchanged: 63, merged: 0 });
    expect(second.contestsOpened).toBe(0);
    expect(await valueOf("natural-language-inference-on-snli", "600D (300+300) BiLSTM encoders", "% Test Accuracy")).toMatchObject({
      raw: "83.30",
      value: 83.3,
    });
    expect(await prisma.resultRevision.count()).toBe(1);
  });

  it("keeps a value that changed beyond rounding beside the stored one, contested, instead of overwriting it", async () => {
    await importPwcFiles([sample("snli.json")]);
    const data = JSON.parse(readFileSync(sample("snli.json"), "utf8"));
    const row = data[0].datasets[0].sota.rows.find((candidate: { model_name: string }) => candidate.model_name === "600D (300+300) BiLSTM encoders");
    row.metrics["% Test Accuracy"] = "83.9";

    const second = await importPwcFiles([writeScratch("snli-changed.json", data)]);

    expect(second.counts.results).toEqual({ created: 1, updated: 0, unchanged: 63, merged: 0 });
    expect(second.contestsOpened).toBe(1);
    const both = await prisma.result.findMany({ where: { modelName: "600D (300+300) BiLSTM encoders" }, include: { values: true } });
    expect(both.map((result) => result.contestedAt !== null)).toEqual([true, true]);
    expect(await prisma.resultRevision.count()).toBe(0);
  });
});

describe("refusing a file", () => {
  beforeEach(resetDatabase);

  it("refuses the format's own example, naming the line of its trailing comma, and writes nothing", async () => {
    await expect(importPwcFiles([sample("snli.json"), sample("example_json_format.json")])).rejects.toThrow(
      /example_json_format\.json: not valid JSON at line 27, column 13/,
    );
    expect(Object.values(await rowCounts()).every((count) => count === 0)).toBe(true);
    expect(await prisma.cacheTag.count()).toBe(0);
  });

  it("refuses a file that is not there", async () => {
    await expect(importPwcFiles([sample("snli.json"), path.join(scratch, "missing.json")])).rejects.toThrow("missing.json: cannot be read (no such file)");
    expect(await prisma.task.count()).toBe(0);
  });

  it("refuses a truncated file", async () => {
    const file = writeScratch("truncated.json", readFileSync(sample("record.json"), "utf8").slice(0, 2000));
    await expect(importPwcFiles([file])).rejects.toThrow(/truncated\.json: not valid JSON at line \d+, column \d+/);
    expect(await prisma.task.count()).toBe(0);
  });

  it.each([
    ["an object instead of a list", { task: "Dialogue" }, /at the top level: expected a list of tasks/],
    ["a list of something else", [1, 2], /not the PWC format at \[0\]/],
    ["a task without a name", [{ description: "x" }], /not the PWC format at \[0\]\.task: a task needs a name/],
    [
      "metrics that are not a list",
      [{ task: "T", datasets: [{ dataset: "D", sota: { metrics: "EM", rows: [] } }] }],
      /not the PWC format at \[0\]\.datasets\[0\]\.sota\.metrics/,
    ],
    [
      "a subset without a name",
      [{ task: "T", datasets: [{ dataset: "D", subdatasets: [{ sota: { metrics: [], rows: [] } }] }] }],
      /not the PWC format at \[0\]\.datasets\[0\]\.subdatasets\[0\]: a dataset needs a name/,
    ],
  ])("refuses %s and writes nothing", async (_, content, message) => {
    await expect(importPwcFiles([writeScratch("wrong-shape.json", content)])).rejects.toThrow(message);
    expect(Object.values(await rowCounts()).every((count) => count === 0)).toBe(true);
  });

  it("skips a row it cannot read, reports its place, and imports the others", async () => {
    const row = (model: string, metrics: unknown) => ({ model_name: model, paper_title: "", paper_url: "", metrics });
    const file = writeScratch("odd-row.json", [
      {
        task: "Reading Comprehension",
        datasets: [
          {
            dataset: "Toy",
            subdatasets: [
              {
                subdataset: "Dev",
                sota: { metrics: ["EM"], rows: [row("Good", { EM: "80.1" }), row("Bad", "80.1"), row("Empty", {})] },
              },
            ],
          },
        ],
      },
    ]);

    const summary = await importPwcFiles([file]);

    expect(summary.skippedRows).toEqual([
      { file: "odd-row.json", place: "[0].datasets[0].subdatasets[0].sota.rows[1]", reason: expect.stringContaining("metrics") },
      { file: "odd-row.json", place: "[0].datasets[0].subdatasets[0].sota.rows[2]", reason: "the row has no metric values" },
    ]);
    expect(formatSummary(summary)).toContain("odd-row.json [0].datasets[0].subdatasets[0].sota.rows[1]");
    expect(await prisma.result.findMany({ select: { modelName: true } })).toEqual([{ modelName: "Good" }]);
    expect(await prisma.benchmark.findFirst({ select: { slug: true } })).toEqual({ slug: "reading-comprehension-on-toy-dev" });
  });
});

describe("a synthetic archive of moderate size", () => {
  beforeEach(resetDatabase);

  it("imports every row once, in batches, consistently; importing it again changes nothing", async () => {
    const file = path.join(scratch, "synthetic.json");
    const archive = await writeSyntheticArchive(file, 3, scaledSize(0.05));

    const first = await importPwcFiles([file]);
    expect(first.counts).toMatchObject({
      tasks: { created: archive.tasks, updated: 0, unchanged: 0 },
      datasets: { created: archive.datasets, updated: 0, unchanged: 0 },
      benchmarks: { created: archive.benchmarks, updated: 0, unchanged: 0 },
      papers: { created: archive.papers, updated: 0, unchanged: 0 },
      results: { created: archive.results, updated: 0, unchanged: 0 },
    });
    expect(await prisma.resultValue.count()).toBe(archive.values);
    expect(await findInconsistencies()).toEqual([]);

    const second = await importPwcFiles([file]);
    for (const counts of Object.values(second.counts)) expect(counts).toMatchObject({ created: 0, updated: 0 });
    expect(second.counts.results.unchanged).toBe(archive.results);
    expect(await catalogueCounts()).toMatchObject({ results: archive.results, values: archive.values, papers: archive.papers });
  });
});
