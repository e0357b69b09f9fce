import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
import { createApiTestCatalogue } from "@/lib/api/testing/catalogue";
import { currentDumps, dumpDirectory, dumpPath } from "./store";

beforeAll(async () => {
  const { coco, testDev, task } = await createApiTestCatalogue();
  await prisma.datasetLink.createMany({
    data: [
      { datasetId: coco.id, kind: "LINK", title: "Homepage", url: "https://cocodataset.org", position: 0 },
      { datasetId: coco.id, kind: "CITATION", title: "Lin et al. 2014", url: "https://arxiv.org/abs/1405.0312", position: 1 },
    ],
  });
  await prisma.taskSynonym.create({ data: { taskId: task.id, name: "Detection" } });
  await prisma.dataset.update({ where: { id: testDev.id }, data: { description: "The test split scored by the server." } });
});

afterAll(async () => {
  await rm(dumpDirectory(), { recursive: true, force: true });
});

const ARCHIVE_ROW_KEYS = ["code_links", "metrics", "model_links", "model_name", "paper_date", "paper_title", "paper_url", "uses_additional_data"];
const ADDED_ROW_KEYS = ["settings", "setting_notes", "params", "training_compute", "inference_cost", "trust", "contested", "contest"];

const readJson = async (file: string) => JSON.parse(await readFile(dumpPath(file), "utf8"));

describe("evaluation-tables.json", () => {
  it("holds the task tree, datasets with their subsets, links and citations, and only published rows", async () => {
    await currentDumps();
    const tables = await readJson("evaluation-tables.json");
    expect(tables).toHaveLength(1);
    const [detection] = tables;
    expect(detection).toMatchObject({
      task: "Object Detection",
      categories: ["Computer Vision"],
      description: "Find *objects*.",
      synonyms: ["Detection"],
      source_link: null,
      subtasks: [{ task: "Real-Time Object Detection", categories: [], datasets: [], subtasks: [] }],
    });
    expect(detection.datasets).toEqual([
      {
        dataset: "COCO",
        dataset_citations: [{ title: "Lin et al. 2014", url: "https://arxiv.org/abs/1405.0312" }],
        dataset_links: [{ title: "Homepage", url: "https://cocodataset.org" }],
        description: "",
        sota: { metrics: [], rows: [] },
        subdatasets: [
          {
            dataset_citations: [],
            dataset_links: [],
            description: "The test split scored by the server.",
            sota: { metrics: ["box AP", "Params", "Error"], rows: expect.any(Array) },
            subdataset: "test-dev",
            subdatasets: [],
          },
        ],
      },
    ]);
    const rows = detection.datasets[0].subdatasets[0].sota.rows;
    expect(rows.map((row: { model_name: string }) => row.model_name)).toEqual(["DETR-R50", "YOLOv3"]);
    // The archive's keys first, as they were; then only added keys (lib/dumps/row-extras.ts).
    expect(Object.keys(rows[0])).toEqual([...ARCHIVE_ROW_KEYS, ...ADDED_ROW_KEYS]);
    expect(rows[0]).toEqual({
      settings: {},
      setting_notes: "",
      params: null,
      training_compute: null,
      inference_cost: null,
      trust: "reported",
      contested: false,
      contest: null,
      code_links: [
        { title: "official PyTorch", url: "https://github.com/facebookresearch/detr" },
        { title: "", url: "https://github.com/someone/detr-port" },
      ],
      metrics: { "box AP": "42.0", Params: "41M", Error: "5.0" },
      model_links: [],
      model_name: "DETR-R50",
      paper_date: "2020-05-26",
      paper_title: "End-to-End Object Detection with Transformers",
      paper_url: "https://arxiv.org/abs/2005.12872",
      uses_additional_data: false,
    });
    expect(rows[1]).toMatchObject({ uses_additional_data: true, paper_url: "https://pjreddie.com/media/files/papers/YOLOv3.pdf", code_links: [] });
  });

  it("carries each row's settings, axes, trust and contest as added keys", async () => {
    const [detr, yolo] = await prisma.result.findMany({ where: { modelName: { in: ["DETR-R50", "YOLOv3"] } }, orderBy: { modelName: "asc" } });
    await prisma.result.update({
      where: { id: detr.id },
      data: { settings: JSON.stringify({ ensemble: "no", "extra-training-data": "no" }), trainingCompute: 3.5e20, evidence: "Table 1" },
    });
    await prisma.contest.create({ data: { kind: "VALUES", resultId: yolo.id, otherResultId: detr.id, reason: "Two sources disagree: 33.0 against 31.0." } });
    await prisma.result.update({ where: { id: yolo.id }, data: { contestedAt: new Date() } });
    await expireTagsEverywhere(["catalogue"]);
    await currentDumps();
    const [detection] = await readJson("evaluation-tables.json");
    const [detrRow, yoloRow] = detection.datasets[0].subdatasets[0].sota.rows;
    expect(detrRow).toMatchObject({ settings: { ensemble: "no", "extra-training-data": "no" }, training_compute: 3.5e20, trust: "reported" });
    expect(yoloRow).toMatchObject({
      trust: "none",
      contested: true,
      contest: { status: "open", reason: "Two sources disagree: 33.0 against 31.0.", settled_reason: null, settled_on: null },
    });
    // The old tooling's view of a row: the archive's keys, with the archive's types.
    for (const row of [detrRow, yoloRow]) {
      expect(row).toMatchObject({ code_links: expect.any(Array), metrics: expect.any(Object), model_links: [], model_name: expect.any(String) });
      expect(typeof row.uses_additional_data).toBe("boolean");
    }
  });
});

describe("the archive's other four files", () => {
  it("are top-level lists with the archive's fields, and the manifest beside them carries the licence", async () => {
    await currentDumps();
    const papers = await readJson("papers-with-abstracts.json");
    expect(papers).toHaveLength(3);
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
    const detr = papers.find((paper: { title: string }) => paper.title === "End-to-End Object Detection with Transformers");
    expect(detr).toMatchObject({ arxiv_id: "2005.12872", url_abs: "https://arxiv.org/abs/2005.12872" });
    const links = await readJson("links-between-papers-and-code.json");
    expect(links).toContainEqual(
      expect.objectContaining({ repo_url: "https://github.com/facebookresearch/detr", is_official: true, framework: "pytorch", paper_arxiv_id: "2005.12872" }),
    );
    const methods = await readJson("methods.json");
    expect(methods).toHaveLength(1);
    expect(Object.keys(methods[0])).toEqual([
      "url",
      "name",
      "full_name",
      "description",
      "paper",
      "introduced_year",
      "source_url",
      "source_title",
      "code_snippet_url",
      "num_papers",
      "collections",
    ]);
    const datasets = await readJson("datasets.json");
    expect(datasets.map((dataset: { name: string }) => dataset.name)).toEqual(["COCO"]);
    expect(datasets[0]).toMatchObject({ url: "https://paperswithcode.com/dataset/coco", modalities: expect.any(Array), variants: [] });

    const manifest = JSON.parse(await readFile(path.join(dumpDirectory(), "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ licence: "CC-BY-SA 4.0", licence_url: "https://creativecommons.org/licenses/by-sa/4.0/" });
    expect(manifest.attribution).toContain("Papers with Code");
    expect(manifest.files.map((entry: { file: string }) => entry.file)).toContain("papers-with-abstracts.json.gz");
  });

  it("are also written gzipped, with the same content", async () => {
    await currentDumps();
    const plain = await readFile(dumpPath("methods.json"));
    expect(gunzipSync(await readFile(dumpPath("methods.json.gz"))).equals(plain)).toBe(true);
  });
});

describe("the files on disk", () => {
  it("are written once, described by size and hash, and written again after the catalogue changes", async () => {
    const first = await currentDumps();
    for (const { file, bytes, sha256 } of first.files) {
      const content = await readFile(dumpPath(file));
      expect(content.length).toBe(bytes);
      expect(createHash("sha256").update(content).digest("hex")).toBe(sha256);
    }
    expect((await currentDumps()).generatedAtMs).toBe(first.generatedAtMs);

    await prisma.paper.create({ data: { slug: "a-new-paper", title: "A New Paper", sourceKey: "title:a new paper" } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expireTagsEverywhere(["catalogue"]);
    const second = await currentDumps();
    expect(second.generatedAtMs).toBeGreaterThan(first.generatedAtMs);
    expect((await readJson("papers-with-abstracts.json")).map((paper: { paper_url: string }) => paper.paper_url)).toContain(
      "https://paperswithcode.com/paper/a-new-paper",
    );
  });

  it("are not taken for this database's when another database wrote them", async () => {
    const first = await currentDumps();
    await prisma.cacheTag.delete({ where: { tag: "dumps:generation" } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await currentDumps()).generatedAtMs).toBeGreaterThan(first.generatedAtMs);
  });
});
