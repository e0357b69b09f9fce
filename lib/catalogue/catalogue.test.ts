import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { areaName, findOrCreateArea } from "./areas";
import { findOrCreateBenchmark, findOrCreateMetrics } from "./benchmarks";
import { findOrCreateDataset } from "./datasets";
import { identifyPaper } from "./paper-identity";
import { upsertPapers } from "./papers";
import { upsertResults, type ResultInput } from "./results";
import { findOrCreateTask } from "./tasks";

beforeEach(resetDatabase);

describe("areas", () => {
  it("spells out abbreviated categories and finds an area again", async () => {
    expect(areaName("NLP")).toBe("Natural Language Processing");
    expect(areaName("CV")).toBe("Computer Vision");
    expect(areaName("Speech")).toBe("Speech");
    const first = await prisma.$transaction((tx) => findOrCreateArea(tx, "NLP"));
    const again = await prisma.$transaction((tx) => findOrCreateArea(tx, "Natural Language Processing"));
    expect(first.outcome).toBe("created");
    expect(again).toEqual({ id: first.id, outcome: "unchanged" });
    expect(await prisma.area.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      slug: "natural-language-processing",
    });
  });
});

describe("tasks", () => {
  it("builds the tree and only fills in what an existing task lacks", async () => {
    const parent = await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "Dialogue", synonyms: ["Chat"] }));
    const child = await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "Dialogue act classification", parentId: parent.id, description: "First." }));
    const again = await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "Dialogue act classification", description: "Second.", synonyms: ["DAC"] }));

    expect([parent.outcome, child.outcome, again.outcome]).toEqual(["created", "created", "updated"]);
    const stored = await prisma.task.findUniqueOrThrow({ where: { id: child.id }, include: { synonyms: true } });
    expect(stored).toMatchObject({ slug: "dialogue-act-classification", parentId: parent.id, description: "First." });
    expect(stored.synonyms.map((synonym) => synonym.name)).toEqual(["DAC"]);
    expect(await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "Dialogue", synonyms: ["Chat"] }))).toMatchObject({ outcome: "unchanged" });
  });

  it("never makes a task its own ancestor", async () => {
    const a = await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "A" }));
    const b = await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "B", parentId: a.id }));
    await prisma.$transaction((tx) => findOrCreateTask(tx, { name: "A", parentId: b.id }));
    expect((await prisma.task.findUniqueOrThrow({ where: { id: a.id } })).parentId).toBeNull();
  });
});

describe("datasets", () => {
  it("gives a subset its parent's slug in front and adds links once", async () => {
    const links = [
      { kind: "LINK" as const, title: "Home", url: "https://example.org/switchboard" },
      { kind: "CITATION" as const, title: "", url: "" },
    ];
    const parent = await prisma.$transaction((tx) => findOrCreateDataset(tx, { name: "Switchboard corpus", links }));
    const subset = await prisma.$transaction((tx) => findOrCreateDataset(tx, { name: "Medical partition", parent: { id: parent.id, slug: parent.slug } }));
    const again = await prisma.$transaction((tx) => findOrCreateDataset(tx, { name: "Switchboard corpus", links }));

    expect(parent.slug).toBe("switchboard-corpus");
    expect(subset.slug).toBe("switchboard-corpus-medical-partition");
    expect(again).toEqual({ ...parent, outcome: "unchanged" });
    expect(await prisma.datasetLink.findMany({ select: { url: true } })).toEqual([{ url: "https://example.org/switchboard" }]);
  });
});

describe("benchmarks and metrics", () => {
  async function benchmark() {
    return prisma.$transaction(async (tx) => {
      const task = await findOrCreateTask(tx, { name: "Image Classification" });
      const dataset = await findOrCreateDataset(tx, { name: "ImageNet" });
      return findOrCreateBenchmark(tx, task, dataset);
    });
  }

  it("names a benchmark '<task>-on-<dataset>' and finds it again", async () => {
    const first = await benchmark();
    expect(first).toMatchObject({ slug: "image-classification-on-imagenet", outcome: "created" });
    expect(await benchmark()).toEqual({ ...first, outcome: "unchanged" });
  });

  it("orders metrics as given, infers their direction once, and leaves a reviewed direction alone", async () => {
    const { id } = await benchmark();
    await prisma.$transaction((tx) => findOrCreateMetrics(tx, id, [{ name: "Top-1 Error", valueUnits: ["%", "%"] }, { name: "Params" }]));
    await prisma.metric.updateMany({
      where: { name: "Top-1 Error" },
      data: { direction: "HIGHER_IS_BETTER", isDirectionReviewed: true },
    });
    const { created } = await prisma.$transaction((tx) => findOrCreateMetrics(tx, id, [{ name: "Accuracy" }, { name: "Top-1 Error" }]));

    expect(created).toBe(1);
    const metrics = await prisma.metric.findMany({ where: { benchmarkId: id }, orderBy: { position: "asc" } });
    expect(metrics.map(({ name, position, direction, unit }) => ({ name, position, direction, unit }))).toEqual([
      { name: "Top-1 Error", position: 0, direction: "HIGHER_IS_BETTER", unit: "%" },
      { name: "Params", position: 1, direction: "NOT_RANKED", unit: "count" },
      { name: "Accuracy", position: 2, direction: "HIGHER_IS_BETTER", unit: "" },
    ]);
  });
});

describe("papers and results", () => {
  async function setUp() {
    return prisma.$transaction(async (tx) => {
      const task = await findOrCreateTask(tx, { name: "Language Modelling" });
      const dataset = await findOrCreateDataset(tx, { name: "PTB" });
      const benchmark = await findOrCreateBenchmark(tx, task, dataset);
      const { metricIds } = await findOrCreateMetrics(tx, benchmark.id, [{ name: "Perplexity" }]);
      return { task, dataset, benchmark, metricId: metricIds.get("Perplexity")! };
    });
  }

  it("creates a paper once, fills in a title it lacked, and links it to its task and dataset", async () => {
    const { task, dataset } = await setUp();
    const untitled = identifyPaper("", "https://arxiv.org/pdf/1711.03953v2.pdf")!;
    const titled = identifyPaper("Breaking the Softmax Bottleneck", "https://arxiv.org/abs/1711.03953")!;
    const repository = { url: "https://github.com/zihangdai/mos", isOfficial: true, framework: "PyTorch" };

    const first = await prisma.$transaction((tx) =>
      upsertPapers(tx, [{ ...untitled, taskIds: [task.id], datasetIds: [dataset.id], repositories: [repository] }]),
    );
    const second = await prisma.$transaction((tx) => upsertPapers(tx, [{ ...titled, repositories: [repository] }]));
    const third = await prisma.$transaction((tx) => upsertPapers(tx, [titled]));

    const paper = await prisma.paper.findUniqueOrThrow({
      where: { sourceKey: "arxiv:1711.03953" },
      include: { tasks: true, datasets: true, repositories: true, authors: true },
    });
    expect(first.get("arxiv:1711.03953")?.outcome).toBe("created");
    expect(second.get("arxiv:1711.03953")?.outcome).toBe("updated");
    expect(third.get("arxiv:1711.03953")?.outcome).toBe("unchanged");
    expect(paper).toMatchObject({ title: "Breaking the Softmax Bottleneck", slug: "arxiv-1711-03953", arxivId: "1711.03953" });
    expect(paper.tasks.map((linked) => linked.id)).toEqual([task.id]);
    expect(paper.datasets.map((linked) => linked.id)).toEqual([dataset.id]);
    expect(paper.repositories).toHaveLength(1);
    expect(paper.authors).toEqual([]);
  });

  it("upserts results by source key, keeping the replaced version as a revision", async () => {
    const { benchmark, metricId } = await setUp();
    const input = (raw: string, value: number): ResultInput => ({
      benchmarkId: benchmark.id,
      sourceKey: "pwc:test-1",
      source: "PWC_ARCHIVE",
      modelName: "AWD-LSTM",
      paperId: null,
      codeUrl: null,
      evaluatedAt: new Date("2017-08-07T00:00:00Z"),
      usesExtraData: false,
      values: [{ metricId, raw, value, uncertainty: null }],
    });

    const outcomes = [];
    for (const [raw, value] of [
      ["52.8", 52.8],
      ["52.8", 52.8],
      ["52.0", 52.0],
    ] as const) {
      const [result] = await prisma.$transaction((tx) => upsertResults(tx, [input(raw, value)]));
      outcomes.push(result.outcome);
    }

    expect(outcomes).toEqual(["created", "unchanged", "updated"]);
    const result = await prisma.result.findUniqueOrThrow({
      where: { sourceKey: "pwc:test-1" },
      include: { values: true, revisions: true },
    });
    expect(result.values.map((value) => value.raw)).toEqual(["52.0"]);
    expect(result.revisions).toHaveLength(1);
    expect(result.revisions[0].snapshot).toMatchObject({ modelName: "AWD-LSTM", values: [{ raw: "52.8", value: 52.8 }] });
  });

  it("creates a result without a source key every time: an approved submission", async () => {
    const { benchmark, metricId } = await setUp();
    const submitted: ResultInput = {
      benchmarkId: benchmark.id,
      sourceKey: null,
      source: "SUBMISSION",
      modelName: "Mine",
      paperId: null,
      codeUrl: null,
      evaluatedAt: null,
      usesExtraData: true,
      extraData: "WikiText-103",
      evidence: "Table 2",
      values: [{ metricId, raw: "50.1", value: 50.1, uncertainty: null }],
    };
    const refs = await prisma.$transaction((tx) => upsertResults(tx, [submitted, submitted]));
    expect(refs.map((ref) => ref.outcome)).toEqual(["created", "created"]);
    expect(await prisma.result.count({ where: { source: "SUBMISSION", evidence: "Table 2" } })).toBe(2);
  });
});
