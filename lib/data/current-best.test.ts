import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { rankResults } from "@/lib/leaderboard/rank";
import { resetDatabase } from "@/lib/test/reset-database";
import { findCurrentBest } from "./current-best";

let serial = 0;

type Row = { model: string; values: (number | null)[]; status?: "PUBLISHED" | "RETRACTED"; evaluatedAt?: string };

/** A benchmark with the given metrics (in position order) and rows (one value per metric). */
async function createBenchmark(directions: MetricDirection[], rows: Row[]) {
  serial += 1;
  const benchmark = await prisma.benchmark.create({
    data: {
      slug: `benchmark-${serial}`,
      task: { create: { slug: `task-${serial}`, name: `Task ${serial}` } },
      dataset: { create: { slug: `dataset-${serial}`, name: `Dataset ${serial}` } },
      metrics: { create: directions.map((direction, position) => ({ name: `Metric ${position}`, position, direction })) },
    },
    include: { metrics: { orderBy: { position: "asc" } } },
  });
  for (const row of rows) {
    await prisma.result.create({
      data: {
        benchmarkId: benchmark.id,
        modelName: row.model,
        source: "DEMO",
        status: row.status ?? "PUBLISHED",
        evaluatedAt: row.evaluatedAt ? new Date(row.evaluatedAt) : null,
        values: {
          create: row.values.map((value, i) => ({ metricId: benchmark.metrics[i].id, value, raw: value === null ? "n/a" : String(value) })),
        },
      },
    });
  }
  return benchmark.id;
}

async function bestModel(benchmarkId: string) {
  const [best] = await findCurrentBest([benchmarkId]);
  return best?.modelName ?? null;
}

beforeEach(resetDatabase);

describe("findCurrentBest", () => {
  it("takes the highest value of a higher-is-better metric and the lowest of a lower-is-better one", async () => {
    const accuracy = await createBenchmark(
      ["HIGHER_IS_BETTER"],
      [
        { model: "A", values: [80] },
        { model: "B", values: [91.5] },
        { model: "C", values: [85] },
      ],
    );
    const error = await createBenchmark(
      ["LOWER_IS_BETTER"],
      [
        { model: "A", values: [3.1] },
        { model: "B", values: [2.4] },
        { model: "C", values: [5] },
      ],
    );
    const best = await findCurrentBest([accuracy, error]);
    expect(best.map((b) => [b.benchmarkId, b.modelName, b.raw, b.metric.isLowerBetter])).toEqual(
      expect.arrayContaining([
        [accuracy, "B", "91.5", false],
        [error, "B", "2.4", true],
      ]),
    );
  });

  it("ranks by the first ranked metric, skipping one that is not a score", async () => {
    const id = await createBenchmark(
      ["NOT_RANKED", "LOWER_IS_BETTER"],
      [
        { model: "Big", values: [1e9, 2] },
        { model: "Small", values: [1e6, 3] },
      ],
    );
    const [best] = await findCurrentBest([id]);
    expect([best.modelName, best.metric.name]).toEqual(["Big", "Metric 1"]);
  });

  it("counts only published, readable values", async () => {
    const id = await createBenchmark(
      ["HIGHER_IS_BETTER"],
      [
        { model: "Retracted", values: [99], status: "RETRACTED" },
        { model: "Unreadable", values: [null] },
        { model: "Published", values: [70] },
      ],
    );
    expect(await bestModel(id)).toBe("Published");
  });

  it("gives a tie to the earliest evaluated result", async () => {
    const id = await createBenchmark(
      ["HIGHER_IS_BETTER"],
      [
        { model: "Later", values: [90], evaluatedAt: "2021-01-01" },
        { model: "Undated", values: [90] },
        { model: "Earlier", values: [90], evaluatedAt: "2019-01-01" },
      ],
    );
    expect(await bestModel(id)).toBe("Earlier");
  });

  it("names the same best as the leaderboard's ranking on tied and unreadable values", async () => {
    // Same value and day: the collator puts "alpha" before "Beta" where a plain byte order would not.
    const id = await createBenchmark(
      ["LOWER_IS_BETTER"],
      [
        { model: "Beta", values: [2.5], evaluatedAt: "2020-01-01" },
        { model: "Unreadable", values: [null], evaluatedAt: "2019-01-01" },
        { model: "alpha", values: [2.5], evaluatedAt: "2020-01-01" },
        { model: "Undated", values: [2.5] },
        { model: "Worse", values: [3], evaluatedAt: "2018-01-01" },
      ],
    );
    const metric = await prisma.metric.findFirstOrThrow({ where: { benchmarkId: id } });
    const results = await prisma.result.findMany({ where: { benchmarkId: id }, include: { values: true } });
    const ranked = rankResults(results, metric);
    expect(ranked.map((entry) => [entry.result.modelName, entry.rank])).toEqual([
      ["alpha", 1],
      ["Beta", 1],
      ["Undated", 1],
      ["Worse", 4],
      ["Unreadable", null],
    ]);
    expect(await bestModel(id)).toBe(ranked[0].result.modelName);
  });

  it("leaves out a benchmark without published results", async () => {
    const empty = await createBenchmark(["HIGHER_IS_BETTER"], [{ model: "Gone", values: [1], status: "RETRACTED" }]);
    expect(await findCurrentBest([empty])).toEqual([]);
  });
});
