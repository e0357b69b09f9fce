import { describe, expect, it } from "vitest";
import { detectContest, reportedDecimals, type ClaimedRow } from "./detect-contest";

const row = (values: [string, number | null][], fields: Partial<ClaimedRow> = {}): ClaimedRow => ({
  benchmarkId: "b1",
  paperId: "p1",
  modelName: "ResNet-50",
  values: values.map(([raw, value], i) => ({ metricId: `m${i}`, raw, value })),
  ...fields,
});

describe("reportedDecimals", () => {
  it("counts the digits reported after the point", () => {
    expect(reportedDecimals("88.50")).toBe(2);
    expect(reportedDecimals("3.1%")).toBe(1);
    expect(reportedDecimals("88")).toBe(0);
    expect(reportedDecimals("0.8256 ± 0.0031")).toBe(4);
  });
});

describe("detectContest", () => {
  it("finds values that differ beyond rounding", () => {
    expect(detectContest(row([["88.5", 88.5]]), row([["88.3", 88.3]]))).toEqual([{ metricId: "m0", raws: ["88.5", "88.3"] }]);
  });

  it("lets values that agree at the coarser precision pass", () => {
    expect(detectContest(row([["88.5", 88.5]]), row([["88.46", 88.46]]))).toEqual([]);
    expect(detectContest(row([["88", 88]]), row([["88.4", 88.4]]))).toEqual([]);
    expect(detectContest(row([["76.15", 76.15]]), row([["76.15", 76.15]]))).toEqual([]);
  });

  it("still sees a difference in the last reported digit", () => {
    expect(detectContest(row([["88.46", 88.46]]), row([["88.44", 88.44]]))).toHaveLength(1);
  });

  it("compares only what both report, metric by metric", () => {
    const a = row([
      ["88.5", 88.5],
      ["97.1", 97.1],
    ]);
    const b = row([
      ["88.5", 88.5],
      ["96.0", 96.0],
    ]);
    expect(detectContest(a, b)).toEqual([{ metricId: "m1", raws: ["97.1", "96.0"] }]);
    expect(detectContest(row([["n/a", null]]), row([["88.3", 88.3]]))).toEqual([]);
  });

  it("is not a contest unless benchmark, paper and model are the same (model names in any case and spacing)", () => {
    expect(detectContest(row([["1", 1]]), row([["2", 2]], { benchmarkId: "b2" }))).toBeNull();
    expect(detectContest(row([["1", 1]]), row([["2", 2]], { paperId: "p2" }))).toBeNull();
    expect(detectContest(row([["1", 1]], { paperId: null }), row([["2", 2]], { paperId: null }))).toBeNull();
    expect(detectContest(row([["1", 1]]), row([["2", 2]], { modelName: "ResNet-101" }))).toBeNull();
    expect(detectContest(row([["1", 1]]), row([["2", 2]], { modelName: " resnet-50 " }))).toHaveLength(1);
  });
});
