import { describe, expect, it } from "vitest";
import { diffPayloads } from "./resubmission-diff";

const row = { modelName: "ViT", values: ["101", "1B"], usesExtraData: false, extraData: "", codeUrl: "", evaluatedAt: "", evidence: "Table 2" };
const submission = {
  benchmark: {
    task: "Image Classification",
    dataset: "ImageNet",
    subset: "",
    metrics: [
      { name: "Top 1", direction: "HIGHER_IS_BETTER", unit: "%" },
      { name: "Params", direction: "NOT_RANKED", unit: "" },
    ],
  },
  paper: { ref: "2010.11929", title: "", authors: "", publishedAt: "" },
  rows: [row],
  comment: "",
};

describe("diffPayloads", () => {
  it("lists only what changed, named by row, model and metric", () => {
    const after = { ...submission, rows: [{ ...row, values: ["81.0", "1B"], evidence: "Table 3" }], comment: "Fixed the value" };
    expect(diffPayloads(submission, after)).toEqual([
      { field: "Row 1 (ViT) · Top 1", before: "101", after: "81.0" },
      { field: "Row 1 (ViT) · Evidence", before: "Table 2", after: "Table 3" },
      { field: "Comment", before: "", after: "Fixed the value" },
    ]);
  });

  it("shows added and removed rows and changed metrics", () => {
    const after = {
      ...submission,
      benchmark: { ...submission.benchmark, metrics: [{ ...submission.benchmark.metrics[0], unit: "" }, submission.benchmark.metrics[1]] },
      rows: [],
    };
    const changes = diffPayloads(submission, after);
    expect(changes[0]).toEqual({ field: "Metric 1 unit", before: "%", after: "" });
    expect(changes).toContainEqual({ field: "Row 1 · Model", before: "ViT", after: "" });
  });

  it("names an edit's values by the benchmark's metrics", () => {
    const edit = { resultId: "r", row, comment: "Table 2 says 88" };
    expect(diffPayloads(edit, { ...edit, row: { ...row, values: ["88", "1B"] } }, { metrics: ["Top 1", "Params"] })).toEqual([
      { field: "Top 1", before: "101", after: "88" },
    ]);
    expect(diffPayloads(edit, edit)).toEqual([]);
  });
});
