// Ranking of a leaderboard: pure functions over a benchmark's metrics and results, shared by the
// leaderboard page, its exports, the paper page and the moderation preview.
import type { MetricDirection } from "@/lib/generated/prisma/enums";

export type RankMetric = { id: string; name: string; direction: MetricDirection; position: number };

export type RankValue = { metricId: string; value: number | null };

export type RankResult = {
  id: string;
  modelName: string;
  /** A Date or an ISO string (cached reads come back as JSON). */
  evaluatedAt: Date | string | null;
  usesExtraData: boolean;
  values: RankValue[];
};

export type RankOptions = { excludeExtraData?: boolean };

/** A result in its place: `rank` is null when it has no readable value for the ranking metric. */
export type Ranked<T> = { result: T; rank: number | null; value: number | null };

/** Metrics that can rank a leaderboard, in their order. */
export function rankableMetrics<M extends RankMetric>(metrics: M[]): M[] {
  return [...metrics].sort((a, b) => a.position - b.position).filter((metric) => metric.direction !== "NOT_RANKED");
}

/** The metric a leaderboard is ranked by unless another is chosen: the first that is ranked. */
export function defaultRankingMetric<M extends RankMetric>(metrics: M[]): M | undefined {
  return rankableMetrics(metrics)[0];
}

/** True when `a` is strictly better than `b` in the metric's direction. */
export function isBetter(a: number, b: number, direction: MetricDirection): boolean {
  if (direction === "LOWER_IS_BETTER") return a < b;
  if (direction === "HIGHER_IS_BETTER") return a > b;
  return false;
}

function valueOf(result: RankResult, metricId: string | undefined): number | null {
  if (!metricId) return null;
  const value = result.values.find((v) => v.metricId === metricId)?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

// Date.parse rather than `new Date`: a sort calls this thousands of times on a large leaderboard, and
// Next.js wraps the Date constructor (not Date.parse) to watch what a page reads at render time.
function timeOf(result: RankResult): number {
  const at = result.evaluatedAt;
  if (!at) return Number.POSITIVE_INFINITY;
  return typeof at === "string" ? Date.parse(at) : at.getTime();
}

// The same order as localeCompare(…, "en"), without making a collator on every comparison.
const byName = new Intl.Collator("en").compare;

/** A result with what the sorts compare, worked out once rather than in every comparison. */
type Keyed<T extends RankResult> = { result: T; value: number | null; time: number };

function keyed<T extends RankResult>(result: T, metricId: string | undefined): Keyed<T> {
  return { result, value: valueOf(result, metricId), time: timeOf(result) };
}

/** Earlier evaluation first (undated last), then model name, then id: the order among equals. */
function compareSecondary(a: Keyed<RankResult>, b: Keyed<RankResult>): number {
  const { result: x } = a;
  const { result: y } = b;
  return a.time - b.time || byName(x.modelName, y.modelName) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isoOf(at: Date | string): string {
  return typeof at === "string" && ISO_INSTANT.test(at) ? at : new Date(at).toISOString();
}

function compareValues(a: number | null, b: number | null, direction: MetricDirection): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  if (direction === "LOWER_IS_BETTER") return a - b;
  if (direction === "HIGHER_IS_BETTER") return b - a;
  return 0;
}

/**
 * Orders results by a metric in its direction, best first. Equal values share a rank (1, 2, 2, 4);
 * results without a readable value come last, unranked; a NOT_RANKED or missing metric ranks nobody.
 */
export function rankResults<T extends RankResult>(results: T[], metric: RankMetric | undefined, options: RankOptions = {}): Ranked<T>[] {
  const direction = metric?.direction ?? "NOT_RANKED";
  const ordered = results
    .filter((result) => !(options.excludeExtraData && result.usesExtraData))
    .map((result) => keyed(result, metric?.id))
    .sort((a, b) => compareValues(a.value, b.value, direction) || compareSecondary(a, b));

  let previous: { value: number; rank: number } | null = null;
  return ordered.map(({ result, value }, index) => {
    if (value === null || direction === "NOT_RANKED") return { result, value, rank: null };
    const rank: number = previous && previous.value === value ? previous.rank : index + 1;
    previous = { value, rank };
    return { result, value, rank };
  });
}

export type TimePoint<T> = { result: T; date: string; value: number; isRecord: boolean };

/**
 * The chart's data: every dated result with a readable value as a point, in date order, and the
 * records among them, each one better than every result before it (the running best, a step line).
 */
export function bestOverTime<T extends RankResult>(
  results: T[],
  metric: RankMetric | undefined,
  options: RankOptions = {},
): { points: TimePoint<T>[]; records: TimePoint<T>[] } {
  if (!metric || metric.direction === "NOT_RANKED") return { points: [], records: [] };
  const dated = results
    .filter((result) => result.evaluatedAt && !(options.excludeExtraData && result.usesExtraData))
    .map((result) => keyed(result, metric.id))
    .filter((entry): entry is Keyed<T> & { value: number } => entry.value !== null)
    .sort((a, b) => a.time - b.time || compareValues(a.value, b.value, metric.direction) || compareSecondary(a, b));

  let best: number | null = null;
  const points = dated.map(({ result, value }) => {
    const isRecord = best === null || isBetter(value, best, metric.direction);
    if (isRecord) best = value;
    return { result, value, isRecord, date: isoOf(result.evaluatedAt!) };
  });
  return { points, records: points.filter((point) => point.isRecord) };
}

export type Placement = {
  /** The rank the candidate would take (sharing it with equal values), or null when it cannot be ranked. */
  rank: number | null;
  /** Ranked results once the candidate is in, itself included. */
  rankedCount: number;
  /** The current best value, before the candidate. */
  best: number | null;
  /** How much better than the current best (negative: worse), in the metric's direction. */
  distanceToBest: number | null;
  /** `distanceToBest` relative to the best's magnitude (0.05 = 5 %); null when the best is 0. */
  relativeDistance: number | null;
  isNewBest: boolean;
};

/** Where a proposed value would rank on a leaderboard and how far it is from the current best. */
export function placeCandidate(results: RankResult[], metric: RankMetric | undefined, candidate: number | null, options: RankOptions = {}): Placement {
  const ranked = rankResults(results, metric, options).filter((entry) => entry.rank !== null);
  const best = ranked[0]?.value ?? null;
  if (!metric || metric.direction === "NOT_RANKED" || candidate === null || !Number.isFinite(candidate)) {
    return { rank: null, rankedCount: ranked.length, best, distanceToBest: null, relativeDistance: null, isNewBest: false };
  }
  const rank = 1 + ranked.filter((entry) => isBetter(entry.value!, candidate, metric.direction)).length;
  const distanceToBest = best === null ? null : metric.direction === "LOWER_IS_BETTER" ? best - candidate : candidate - best;
  return {
    rank,
    rankedCount: ranked.length + 1,
    best,
    distanceToBest,
    relativeDistance: distanceToBest === null || best === 0 || best === null ? null : distanceToBest / Math.abs(best),
    isNewBest: best === null || isBetter(candidate, best, metric.direction),
  };
}
