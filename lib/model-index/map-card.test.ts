import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadDemo, makeUser } from "@/lib/submissions/test-fixtures";
import { formatCardImport, importModelCard } from "./import-card";
import { draftSubmissions } from "./map-card";
import { parseModelCard } from "./parse-card";
import { readModelCard } from "./read-card";
import { modelIndexYaml } from "./write-card";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const draftsOf = (text: string) => prisma.$transaction((tx) => draftSubmissions(tx, parseModelCard(text)));

beforeAll(loadDemo);

describe("draftSubmissions", () => {
  it("maps Hugging Face identifiers onto the catalogue's names: task synonym, dataset, config + split as subset, metric abbreviation", async () => {
    const { drafts, problems } = await draftsOf(fixture("whisper-README.md"));
    expect(problems).toEqual([]);
    expect(drafts.map((draft) => draft.label)).toEqual(["Speech Recognition on LibriSpeech test-clean", "Speech Recognition on LibriSpeech test-other"]);
    expect(drafts[0].submission).toMatchObject({
      benchmark: {
        task: "Speech Recognition",
        dataset: "LibriSpeech",
        subset: "test-clean",
        metrics: [{ name: "Word Error Rate (WER)", direction: "LOWER_IS_BETTER", unit: "%" }],
      },
      paper: { ref: "https://arxiv.org/abs/2212.04356" },
      rows: [{ modelName: "whisper-large-v2", values: ["3.0003583080317572"], evidence: "Hugging Face model card (model-index)" }],
    });
    expect(drafts[1].submission.rows[0].values).toEqual(["5.10"]);
    expect(drafts[0].notes).toEqual([
      { path: "benchmark.task", kind: "mapped", message: "From the card's task “Automatic Speech Recognition”.", suggestions: [] },
      { path: "benchmark.dataset", kind: "mapped", message: "From the card's dataset “LibriSpeech (clean)” (librispeech_asr).", suggestions: [] },
      { path: "benchmark.subset", kind: "mapped", message: "From the card's config “clean” and split “test”.", suggestions: [] },
      { path: "benchmark.metrics.0.name", kind: "mapped", message: "From the card's metric “Test WER”.", suggestions: [] },
    ]);
    expect(drafts[0].submission.comment).toContain("Self-reported");
  });

  it("proposes unknown names as the form does, with the catalogue's nearest names to choose instead", async () => {
    const { drafts } = await draftsOf(`model-index:
- name: Sheep counter
  results:
  - task: {type: sheep-counting, name: Counting Sheep in Images}
    dataset: {type: flock/sheep-1k, name: Sheep-1k}
    metrics:
    - {type: mae, name: MAE, value: 12.5}
    - {type: accuracy, value: 0.9, verified: true}
`);
    const [draft] = drafts;
    expect(draft.submission.benchmark).toEqual({
      task: "Counting Sheep in Images",
      dataset: "Sheep-1k",
      subset: "",
      metrics: [
        { name: "MAE", direction: "LOWER_IS_BETTER", unit: "" },
        { name: "accuracy", direction: "HIGHER_IS_BETTER", unit: "" },
      ],
    });
    expect(draft.notes.map((note) => [note.path, note.kind])).toEqual([
      ["benchmark.task", "new"],
      ["benchmark.dataset", "new"],
      ["paper.ref", "check"],
    ]);
    expect(draft.notes[0].suggestions).toContain("Image Classification");
    expect(draft.submission.comment).toContain("Verified by Hugging Face: Sheep counter: accuracy.");
  });

  it("offers the leaderboard's own metric for an unknown one, and 76.1 for a fraction of a metric in %", async () => {
    const { drafts } = await draftsOf(`model-index:
- name: resnet-50-timm
  results:
  - task: {type: image-classification}
    dataset: {type: imagenet-1k, name: ImageNet-1k, split: validation}
    metrics:
    - {type: top-1, value: 0.761}
    - {type: acc, name: Accuracy (val), value: 0.75}
- name: resnet-101-timm
  results:
  - task: {type: image-classification}
    dataset: {type: imagenet-1k, name: ImageNet-1k, split: validation}
    metrics:
    - {type: top-1, value: 77.4}
`);
    const [draft] = drafts;
    expect(draft.label).toBe("Image Classification on ImageNet (validation split)");
    expect(draft.submission.benchmark.metrics.map((metric) => metric.name)).toEqual(["Top 1 Accuracy", "Number of params", "Accuracy (val)"]);
    expect(draft.submission.rows.map((row) => row.values)).toEqual([
      ["0.761", "", "0.75"],
      ["77.4", "", ""],
    ]);
    expect(draft.notes.filter((note) => note.path === "benchmark.metrics.0.name")).toEqual([
      { path: "benchmark.metrics.0.name", kind: "mapped", message: "From the card's metric “top-1”.", suggestions: [] },
    ]);
    expect(draft.notes).toContainEqual({
      path: "rows.0.values.0",
      kind: "check",
      message: "Top 1 Accuracy is in % on this leaderboard: did the card mean 76.1?",
      suggestions: ["76.1"],
    });
    expect(draft.notes).toContainEqual(expect.objectContaining({ path: "benchmark.metrics.2.name", kind: "new", suggestions: ["Top 1 Accuracy"] }));
  });

  it("maps its own export back onto the same benchmark, metrics and values (round trip)", async () => {
    const yaml = modelIndexYaml(
      [
        {
          model: "RetinaNet (ResNeXt-101-FPN)",
          task: { slug: "object-detection", name: "Object Detection" },
          dataset: { slug: "coco", name: "COCO", subset: "test-dev" },
          values: [
            { metric: "box AP", raw: "40.80" },
            { metric: "AP75", raw: "44.1" },
          ],
          source: { name: "Focal Loss for Dense Object Detection", url: "https://arxiv.org/abs/1708.02002" },
        },
      ],
      "export",
    );
    const { drafts } = await draftsOf(yaml);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].notes).toEqual([]);
    expect(drafts[0].submission).toMatchObject({
      benchmark: { task: "Object Detection", dataset: "COCO", subset: "test-dev", metrics: [{ name: "box AP" }, { name: "AP50" }, { name: "AP75" }] },
      paper: { ref: "https://arxiv.org/abs/1708.02002" },
      rows: [{ modelName: "RetinaNet (ResNeXt-101-FPN)", values: ["40.80", "", "44.1"], evidence: "https://arxiv.org/abs/1708.02002" }],
    });
  });
});

describe("importModelCard", () => {
  it("sends each benchmark of the card to the review queue as the user named, and prints the review addresses", async () => {
    const user = await makeUser();
    const result = await importModelCard(fixture("whisper-README.md"), {
      as: user.email,
      paper: { title: "Robust Speech Recognition via Large-Scale Weak Supervision", authors: "Alec Radford, Jong Wook Kim", publishedAt: "2022-12-06" },
    });
    const ids = result.drafts.map((draft) => draft.submissionId);
    expect(ids.every(Boolean)).toBe(true);
    const stored = await prisma.submission.findMany({ where: { id: { in: ids as string[] } }, orderBy: { datasetName: "asc" } });
    expect(stored.map((s) => [s.status, s.submitterId, s.taskName, s.datasetName])).toEqual([
      ["PENDING", user.id, "Speech Recognition", "LibriSpeech / test-clean"],
      ["PENDING", user.id, "Speech Recognition", "LibriSpeech / test-other"],
    ]);
    const text = formatCardImport(result, "http://site");
    expect(text).toContain("2 of 2 submissions sent for review.");
    expect(text).toContain(`Review: http://site/moderation/${ids[0]}`);
  });

  it("refuses an unknown paper without its details, saying how to name it, and an unknown email", async () => {
    const user = await makeUser();
    const before = await prisma.submission.count();
    const result = await importModelCard(fixture("whisper-README.md"), { as: user.email });
    expect(result.drafts.every((draft) => draft.refusal?.fieldErrors["paper.title"])).toBe(true);
    expect(formatCardImport(result, "http://site")).toContain("--paper ARXIV_ID_OR_URL");
    expect(await prisma.submission.count()).toBe(before);
    await expect(importModelCard(fixture("whisper-README.md"), { as: "nobody@example.org" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("readModelCard", () => {
  it("gives a signed-in user the drafts, puts an unreadable card's line beside the pasted text, and refuses anonymous callers", async () => {
    const user = await makeUser();
    const { drafts } = await readModelCard(user.id, { text: fixture("sst2-model-index.yaml") });
    expect(drafts.map((draft) => draft.label)).toEqual(["Text Classification on glue sst2"]);
    await expect(readModelCard(user.id, { text: "model-index:\n  - name: a\n   bad: indent\n" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { text: [expect.stringMatching(/^Line 3: the YAML does not parse/)] },
    });
    await expect(readModelCard(user.id, { text: "   " })).rejects.toMatchObject({
      fieldErrors: { text: ["Paste a model card: its README.md, or its model-index YAML"] },
    });
    await expect(readModelCard(null, { text: fixture("sst2-model-index.yaml") })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
