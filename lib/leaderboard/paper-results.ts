// A paper's results as its page shows them: one table per benchmark, one row per model, a column per
// metric with the value's rank on that metric's leaderboard, and the paper's best ranks as badges.
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import type { RankMetric, RankResult } from "./rank";
import { defaultRankingMetric, rankResults } from "./rank";
import { leaderboardPath, metricSlugs } from "./view";

type Named = { slug: string; name: string };

export type PaperBenchmarkInput = {
  slug: string;
  task: Named;
  dataset: Named;
  metrics: (RankMetric & { unit?: string })[];
  results: (Omit<RankResult, "values"> & {
    paperId: string | null;
    values: { metricId: string; raw: string; value: number | null; uncertainty: number | null }[];
  })[];
};

export type PaperCell = { raw: string; value: number | null; uncertainty: number | null; rank: number | null };

export type PaperBenchmarkTable = {
  slug: string;
  /** The leaderboard as it opens (default ranking metric, extra data included). */
  href: string;
  task: Named;
  dataset: Named;
  metrics: { id: string; name: string; direction: MetricDirection; href: string }[];
  rows: { resultId: string; modelName: string; usesExtraData: boolean; cells: Record<string, PaperCell> }[];
  /** The paper's best rank on the leaderboard as it opens; null when none of its rows is ranked there. */
  bestRank: number | null;
};

export type RankBadge = { rank: number; label: string; href: string };

/** The paper's results on each benchmark, ranked by the same rule as the leaderboard pages. */
export function paperBenchmarkTables(benchmarks: PaperBenchmarkInput[], paperId: string): PaperBenchmarkTable[] {
  return benchmarks
    .map((benchmark) => {
      const ours = benchmark.results.filter((result) => result.paperId === paperId);
      const slugs = metricSlugs(benchmark.metrics);
      const defaultMetric = defaultRankingMetric(benchmark.metrics);
      const reported = [...benchmark.metrics]
        .sort((a, b) => a.position - b.position)
        .filter((metric) => ours.some((result) => result.values.some((v) => v.metricId === metric.id)));
      const ranks = new Map(reported.map((metric) => [metric.id, new Map(rankResults(benchmark.results, metric).map((e) => [e.result.id, e.rank]))]));
      const rows = ours
        .map((result) => ({
          resultId: result.id,
          modelName: result.modelName,
          usesExtraData: result.usesExtraData,
          cells: Object.fromEntries(
            result.values
              .filter((v) => ranks.has(v.metricId))
              .map((v) => [v.metricId, { raw: v.raw, value: v.value, uncertainty: v.uncertainty, rank: ranks.get(v.metricId)?.get(result.id) ?? null }]),
          ),
        }))
        .sort(
          (a, b) => bestFirst(a.cells[defaultMetric?.id ?? ""]?.rank, b.cells[defaultMetric?.id ?? ""]?.rank) || a.modelName.localeCompare(b.modelName, "en"),
        );
      const defaultRanks = rows.map((row) => row.cells[defaultMetric?.id ?? ""]?.rank).filter((rank): rank is number => typeof rank === "number");
      return {
        slug: benchmark.slug,
        href: leaderboardPath(benchmark.slug),
        task: benchmark.task,
        dataset: benchmark.dataset,
        metrics: reported.map((metric) => ({
          id: metric.id,
          name: metric.name,
          direction: metric.direction,
          href: leaderboardPath(benchmark.slug, {
            metricSlug: metric.id === defaultMetric?.id || metric.direction === "NOT_RANKED" ? null : slugs.get(metric.id),
          }),
        })),
        rows,
        bestRank: defaultRanks.length > 0 ? Math.min(...defaultRanks) : null,
      };
    })
    .sort((a, b) => a.task.name.localeCompare(b.task.name, "en") || a.dataset.name.localeCompare(b.dataset.name, "en"));
}

function bestFirst(a: number | null | undefined, b: number | null | undefined): number {
  return (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY) || 0;
}

/** "Ranked #1 on Image Classification on ImageNet": the paper's best places, best first. */
export function rankBadges(tables: PaperBenchmarkTable[], limit = 5): RankBadge[] {
  return tables
    .filter((table): table is PaperBenchmarkTable & { bestRank: number } => table.bestRank !== null)
    .sort((a, b) => a.bestRank - b.bestRank || a.task.name.localeCompare(b.task.name, "en") || a.dataset.name.localeCompare(b.dataset.name, "en"))
    .slice(0, limit)
    .map((table) => ({ rank: table.bestRank, label: `${table.task.name} on ${table.dataset.name}`, href: table.href }));
}
