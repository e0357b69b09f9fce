import "server-only";
import { prisma } from "@/lib/db";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { rankResults } from "@/lib/leaderboard/rank";
import { PUBLISHED } from "@/lib/catalogue/published";

export type CurrentBest = {
  benchmarkId: string;
  metric: { name: string; unit: string; isLowerBetter: boolean };
  raw: string;
  modelName: string;
  paper: { slug: string; title: string } | null;
};

type RankingMetric = { id: string; benchmarkId: string; name: string; unit: string; direction: MetricDirection; position: number };

/**
 * The best published result of each benchmark on its ranking metric (its first ranked metric by
 * position), higher or lower as the metric says. The best value is found in SQL for many benchmarks at once;
 * among the results that share it, lib/leaderboard/rank.ts (rankResults) picks the first, so that a task
 * page names the same best as the leaderboard's first row (earliest evaluated, then model name, then id).
 */
export async function findCurrentBest(benchmarkIds: string[]): Promise<CurrentBest[]> {
  const found: CurrentBest[] = [];
  for (let start = 0; start < benchmarkIds.length; start += BENCHMARKS_PER_QUERY) {
    found.push(...(await findCurrentBestOf(benchmarkIds.slice(start, start + BENCHMARKS_PER_QUERY))));
  }
  return found;
}

// Each query below binds two lists of at most this many values: under every database's parameter limit.
const BENCHMARKS_PER_QUERY = 300;

async function findCurrentBestOf(benchmarkIds: string[]): Promise<CurrentBest[]> {
  const metrics = await prisma.metric.findMany({
    where: { benchmarkId: { in: benchmarkIds }, direction: { not: "NOT_RANKED" } },
    orderBy: { position: "asc" },
    select: { id: true, benchmarkId: true, name: true, unit: true, direction: true, position: true },
  });
  const ranking = new Map<string, RankingMetric>();
  for (const metric of metrics) if (!ranking.has(metric.benchmarkId)) ranking.set(metric.benchmarkId, metric);
  const idsOf = (direction: string) => [...ranking.values()].filter((m) => m.direction === direction).map((m) => m.id);

  const readable = { value: { not: null }, result: PUBLISHED };
  const [highest, lowest] = await Promise.all([
    prisma.resultValue.groupBy({ by: ["metricId"], where: { metricId: { in: idsOf("HIGHER_IS_BETTER") }, ...readable }, _max: { value: true } }),
    prisma.resultValue.groupBy({ by: ["metricId"], where: { metricId: { in: idsOf("LOWER_IS_BETTER") }, ...readable }, _min: { value: true } }),
  ]);
  const bestValue = new Map<string, number>();
  for (const group of highest) if (group._max.value !== null) bestValue.set(group.metricId, group._max.value);
  for (const group of lowest) if (group._min.value !== null) bestValue.set(group.metricId, group._min.value);

  const rows = await prisma.resultValue.findMany({
    where: { metricId: { in: [...bestValue.keys()] }, value: { in: [...new Set(bestValue.values())] }, result: PUBLISHED },
    select: {
      metricId: true,
      value: true,
      raw: true,
      result: { select: { id: true, modelName: true, evaluatedAt: true, usesExtraData: true, paper: { select: { slug: true, title: true } } } },
    },
  });
  const tied = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) if (row.value === bestValue.get(row.metricId)) tied.set(row.metricId, [...(tied.get(row.metricId) ?? []), row]);
  return [...ranking.values()].flatMap((metric) => {
    const candidates = (tied.get(metric.id) ?? []).map((row) => ({ ...row.result, row, values: [{ metricId: metric.id, value: row.value }] }));
    const first = rankResults(candidates, metric)[0];
    if (!first || first.rank === null) return [];
    const { row } = first.result;
    const isLowerBetter = metric.direction === "LOWER_IS_BETTER";
    const { modelName, paper } = row.result;
    return [{ benchmarkId: metric.benchmarkId, metric: { name: metric.name, unit: metric.unit, isLowerBetter }, raw: row.raw, modelName, paper }];
  });
}
