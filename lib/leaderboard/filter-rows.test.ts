import { describe, expect, it } from "vitest";
import { filterLeaderboardRows } from "./filter-rows";

const row = (modelName: string, title: string | null, rank: number) => ({ rank, result: { modelName, paper: title === null ? null : { title } } });
const ROWS = [
  row("ViT-H/14", "An Image is Worth 16x16 Words", 1),
  row("ResNet-152", "Deep Residual Learning for Image Recognition", 2),
  row("ResNeXt-101", "Aggregated Residual Transformations", 3),
  row("Wide ResNet-28-10", null, 4),
];

describe("filterLeaderboardRows", () => {
  it("keeps rows whose model or paper has every word as a word's start, with their ranks", () => {
    expect(filterLeaderboardRows(ROWS, "resnet").map((r) => r.rank)).toEqual([2, 4]);
    expect(filterLeaderboardRows(ROWS, "resn").map((r) => r.rank)).toEqual([2, 3, 4]);
    expect(filterLeaderboardRows(ROWS, "residual transformations").map((r) => r.rank)).toEqual([3]);
    expect(filterLeaderboardRows(ROWS, "ViT").map((r) => r.result.modelName)).toEqual(["ViT-H/14"]);
    expect(filterLeaderboardRows(ROWS, "bert")).toEqual([]);
  });

  it("keeps every row for a query without words", () => {
    expect(filterLeaderboardRows(ROWS, " -- ")).toHaveLength(4);
  });
});
