import { describe, expect, it } from "vitest";
import type { PaperBenchmarkInput } from "./paper-results";
import { paperBenchmarkTables, rankBadges } from "./paper-results";

function result(id: string, paperId: string, values: Record<string, number | string>, usesExtraData = false) {
  return {
    id,
    paperId,
    modelName: id,
    evaluatedAt: "2021-01-01T00:00:00.000Z",
    usesExtraData,
    values: Object.entries(values).map(([metricId, v]) => ({ metricId, raw: String(v), value: typeof v === "number" ? v : null, uncertainty: null })),
  };
}

function benchmark(slug: string, task: string, dataset: string, results: PaperBenchmarkInput["results"]): PaperBenchmarkInput {
  return {
    slug,
    task: { slug: task.toLowerCase(), name: task },
    dataset: { slug: dataset.toLowerCase(), name: dataset },
    metrics: [
      { id: `${slug}-params`, name: "Params", direction: "NOT_RANKED", position: 0 },
      { id: `${slug}-top1`, name: "Top 1", direction: "HIGHER_IS_BETTER", position: 1 },
      { id: `${slug}-err`, name: "Error", direction: "LOWER_IS_BETTER", position: 2 },
      { id: `${slug}-unused`, name: "Unused", direction: "HIGHER_IS_BETTER", position: 3 },
    ],
    results,
  };
}

const imagenet = benchmark("ic-imagenet", "Image Classification", "ImageNet", [
  result("Ours-L", "p", { "ic-imagenet-top1": 88, "ic-imagenet-err": 5, "ic-imagenet-params": "632M" }, true),
  result("Ours-S", "p", { "ic-imagenet-top1": 85, "ic-imagenet-err": 3 }),
  result("Theirs", "q", { "ic-imagenet-top1": 90, "ic-imagenet-err": 4, "ic-imagenet-unused": 1 }),
]);
const cifar = benchmark("ic-cifar", "Image Classification", "CIFAR-10", [
  result("Ours-S", "p", { "ic-cifar-top1": 99 }),
  result("Theirs", "q", { "ic-cifar-top1": 98 }),
]);

describe("paperBenchmarkTables", () => {
  const [first, second] = paperBenchmarkTables([imagenet, cifar], "p");

  it("makes one table per benchmark, in task then dataset order", () => {
    expect([first.slug, second.slug]).toEqual(["ic-cifar", "ic-imagenet"]);
  });

  it("has a row per model of the paper, the best ranked first, and a column per metric it reports", () => {
    expect(second.rows.map((row) => row.modelName)).toEqual(["Ours-L", "Ours-S"]);
    expect(second.metrics.map((metric) => [metric.name, metric.href])).toEqual([
      ["Params", "/sota/ic-imagenet"],
      ["Top 1", "/sota/ic-imagenet"],
      ["Error", "/sota/ic-imagenet/by/error"],
    ]);
  });

  it("ranks each value among every result on its metric, as the leaderboard does", () => {
    const [large, small] = second.rows;
    expect(large.cells["ic-imagenet-top1"]).toMatchObject({ raw: "88", rank: 2 });
    expect(large.cells["ic-imagenet-err"]).toMatchObject({ rank: 3 });
    expect(large.cells["ic-imagenet-params"]).toMatchObject({ raw: "632M", rank: null });
    expect(small.cells["ic-imagenet-err"]).toMatchObject({ rank: 1 });
    expect(second.bestRank).toBe(2);
    expect(first.bestRank).toBe(1);
  });
});

describe("rankBadges", () => {
  it("lists the paper's best rank per benchmark on its default metric, best first, at most the limit", () => {
    const tables = paperBenchmarkTables([imagenet, cifar], "p");
    expect(rankBadges(tables)).toEqual([
      { rank: 1, label: "Image Classification on CIFAR-10", href: "/sota/ic-cifar" },
      { rank: 2, label: "Image Classification on ImageNet", href: "/sota/ic-imagenet" },
    ]);
    expect(rankBadges(tables, 1)).toHaveLength(1);
    expect(rankBadges(paperBenchmarkTables([imagenet], "nobody"))).toEqual([]);
  });
});
