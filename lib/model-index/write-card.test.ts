import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseModelCard } from "./parse-card";
import { modelIndexYaml, type ExportResult } from "./write-card";

const imagenet = { task: { slug: "image-classification", name: "Image Classification" }, dataset: { slug: "imagenet", name: "ImageNet", subset: null } };
const coco = { task: { slug: "object-detection", name: "Object Detection" }, dataset: { slug: "coco", name: "COCO", subset: "test-dev" } };
const source = { name: 'Deep Residual Learning: "ResNet"', url: "https://arxiv.org/abs/1512.03385" };

const results: ExportResult[] = [
  {
    model: "ResNet-152 (ensemble)",
    ...imagenet,
    values: [
      { metric: "Top 1 Accuracy", raw: "76.10" },
      { metric: "Number of params", raw: "60M" },
    ],
    source,
  },
  {
    model: "ResNet-152 (ensemble)",
    ...coco,
    values: [
      { metric: "box AP", raw: "0.82 ± 0.01" },
      { metric: "AP50", raw: "-0.5" },
    ],
    source,
  },
  {
    model: "Model: #2",
    ...imagenet,
    values: [
      { metric: "% Test Accuracy", raw: "3.08%" },
      { metric: "Score", raw: "1e3" },
      { metric: "Zero", raw: "0" },
    ],
    source,
  },
  { model: "No values", ...imagenet, values: [], source },
];

describe("modelIndexYaml", () => {
  it("writes valid model-index YAML: one entry per model, the required fields, values as numbers where they are plain", () => {
    const yaml = modelIndexYaml(results, "Image Classification on ImageNet\nLicence: CC-BY-SA 4.0");
    expect(yaml.startsWith("# Image Classification on ImageNet\n# Licence: CC-BY-SA 4.0\n")).toBe(true);
    const data = parse(yaml);
    expect(data["model-index"]).toHaveLength(2);
    const [first] = data["model-index"];
    expect(first.name).toBe("ResNet-152 (ensemble)");
    expect(first.results[0]).toEqual({
      task: { type: "image-classification", name: "Image Classification" },
      dataset: { type: "imagenet", name: "ImageNet" },
      metrics: [
        { type: "top-1-accuracy", name: "Top 1 Accuracy", value: 76.1 },
        { type: "number-of-params", name: "Number of params", value: "60M" },
      ],
      source,
    });
    expect(first.results[1].dataset).toEqual({ type: "coco", name: "COCO", config: "test-dev" });
    expect(yaml).toContain("value: 76.10\n");
  });

  it("reads back with the model card parser into the same results (round trip)", () => {
    const card = parseModelCard(modelIndexYaml(results, "comment"));
    expect(card.problems).toEqual([]);
    const readBack = card.models.flatMap((model) =>
      model.results.map((result) => ({
        model: model.name,
        task: { slug: result.task.type, name: result.task.name },
        dataset: { slug: result.dataset.type, name: result.dataset.name, subset: result.dataset.config || null },
        values: result.metrics.map((metric) => ({ metric: metric.name, raw: metric.value })),
        source: result.source,
      })),
    );
    expect(readBack).toEqual(results.filter((result) => result.values.length > 0));
    expect(card.arxivIds).toEqual(["1512.03385"]);
  });
});
