import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { defaultRankingMetric, rankableMetrics, rankResults } from "@/lib/leaderboard/rank";
import { sliceOf, type PageWindow, type Slice } from "../pagination";
import type { ApiResult } from "../schemas";
import { rankedResultsAsOf } from "./results-as-of";
import { apiSettings } from "@/lib/settings/api-settings";
import { computeTrust, meetsTrust, type TrustFields, type TrustLevel } from "@/lib/trust/trust-level";
import { PUBLISHED } from "@/lib/catalogue/published";

/** The API's extra trust fields of a result (lib/trust). */
function apiTrustOf(row: TrustFields): Pick<ApiResult, "trust" | "trust_reasons" | "contested"> {
  const trust = computeTrust(row);
  return { trust: trust.level, trust_reasons: trust.reasons, contested: trust.isContested };
}

export const rankedBenchmarkSelect = {
  slug: true,
  settings: true,
  metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, direction: true } },
  results: {
    where: PUBLISHED,
    select: {
      id: true,
      modelName: true,
      evaluatedAt: true,
      usesExtraData: true,
      evidence: true,
      paperId: true,
      paper: { select: { slug: true } },
      values: { select: { metricId: true, raw: true, value: true } },
      settings: true,
      params: true,
      trainingCompute: true,
      inferenceCost: true,
      codeUrl: true,
      authorConfirmedAt: true,
      reproducedAt: true,
      contestedAt: true,
    },
  },
} satisfies Prisma.BenchmarkSelect;

type RankedBenchmark = Prisma.BenchmarkGetPayload<{ select: typeof rankedBenchmarkSelect }>;

/**
 * The benchmark's published results as the API gives them, in the leaderboard's order (ranked by its
 * default metric, unranked last). Each carries the best rank it holds on any ranked metric.
 */
export function toApiResults(benchmark: RankedBenchmark): ApiResult[] {
  const best = new Map<string, { rank: number; metric: string }>();
  for (const metric of rankableMetrics(benchmark.metrics)) {
    for (const { result, rank } of rankResults(benchmark.results, metric)) {
      const known = best.get(result.id);
      if (rank !== null && (!known || rank < known.rank)) best.set(result.id, { rank, metric: metric.name });
    }
  }
  const settingsOf = apiSettings(benchmark.settings, benchmark.results);
  return rankResults(benchmark.results, defaultRankingMetric(benchmark.metrics)).map(({ result }) => ({
    ...apiTrustOf(result),
    id: result.id,
    best_rank: best.get(result.id)?.rank ?? null,
    metrics: Object.fromEntries(
      benchmark.metrics.flatMap((metric) => {
        const value = result.values.find((v) => v.metricId === metric.id);
        return value ? [[metric.name, value.raw]] : [];
      }),
    ),
    methodology: result.modelName,
    uses_additional_data: result.usesExtraData,
    paper: result.paper?.slug ?? null,
    best_metric: best.get(result.id)?.metric ?? null,
    evaluated_on: isoDay(result.evaluatedAt) || null,
    external_source_url: /^https?:\/\//i.test(result.evidence) ? result.evidence : null,
    evaluation: benchmark.slug,
    settings: settingsOf(result.settings),
    params: result.params,
    training_compute: result.trainingCompute,
    inference_cost: result.inferenceCost,
  }));
}

/**
 * evaluations/{id}/results/: null when there is no such benchmark. Ranking needs them all: read whole, then
 * sliced; `asOf` gives the table as it stood that day, `trust` keeps results of at least that level.
 */
export async function readEvaluationResults(
  slug: string,
  window: PageWindow,
  { asOf = null, trust = null }: { asOf?: string | null; trust?: TrustLevel | null } = {},
): Promise<Slice<ApiResult> | null> {
  const benchmark = await prisma.benchmark.findUnique({ where: { slug }, select: { ...rankedBenchmarkSelect, id: true } });
  if (!benchmark) return null;
  const rows = asOf ? { ...benchmark, results: await rankedResultsAsOf(benchmark.id, asOf) } : benchmark;
  return sliceOf(
    toApiResults(rows).filter((result) => meetsTrust(result.trust, trust)),
    window,
  );
}

/** evaluations/{id}/results/{result}/: one published result of the benchmark, ranked among them. */
export async function readEvaluationResult(slug: string, resultId: string): Promise<ApiResult | null> {
  const benchmark = await prisma.benchmark.findUnique({ where: { slug }, select: rankedBenchmarkSelect });
  return benchmark ? (toApiResults(benchmark).find((result) => result.id === resultId) ?? null) : null;
}

/** papers/{id}/results/: the paper's published results, by benchmark, each ranked among its benchmark's. */
export async function readPaperResults(slug: string, window: PageWindow): Promise<Slice<ApiResult> | null> {
  const paper = await prisma.paper.findUnique({ where: { slug }, select: { id: true } });
  if (!paper) return null;
  const benchmarks = await prisma.benchmark.findMany({
    where: { results: { some: { paperId: paper.id, ...PUBLISHED } } },
    orderBy: { slug: "asc" },
    select: rankedBenchmarkSelect,
  });
  const results = benchmarks.flatMap((benchmark) => {
    const ours = new Set(benchmark.results.filter((result) => result.paperId === paper.id).map((result) => result.id));
    return toApiResults(benchmark).filter((result) => ours.has(result.id));
  });
  return sliceOf(results, window);
}
