// The Pareto view's data and scales: pure, so that the SVG component only draws.
import { isBetter, type RankMetric, type RankResult } from "@/lib/leaderboard/rank";
import { valueTicks, type Tick } from "@/lib/leaderboard/chart";
import { formatAmount } from "./axes";
import { paretoFrontier, type ParetoPoint } from "./pareto";

export type ParetoData<T> = { points: (ParetoPoint<T> & { isFrontier: boolean })[]; frontier: ParetoPoint<T>[] };

/** Score against parameters for the results that have both; the frontier marked. */
export function paretoData<T extends RankResult & { params?: number | null }>(results: T[], metric: RankMetric | undefined): ParetoData<T> {
  if (!metric || metric.direction === "NOT_RANKED") return { points: [], frontier: [] };
  const points = results.flatMap((item) => {
    const score = item.values.find((value) => value.metricId === metric.id)?.value;
    return typeof item.params === "number" && item.params > 0 && typeof score === "number" && Number.isFinite(score)
      ? [{ item, size: item.params, score }]
      : [];
  });
  const frontier = paretoFrontier(points, metric.direction === "HIGHER_IS_BETTER");
  const onFrontier = new Set(frontier);
  return { points: points.map((point) => ({ ...point, isFrontier: onFrontier.has(point) })), frontier };
}

/** Powers of ten covering the sizes, on a log scale: the domain in log10 and a tick per power. */
export function sizeTicks(min: number, max: number): { domain: [number, number]; ticks: Tick[] } {
  const low = Math.floor(Math.log10(min));
  const high = Math.max(Math.ceil(Math.log10(max)), low + 1);
  const step = Math.max(1, Math.ceil((high - low) / 6));
  const ticks: Tick[] = [];
  for (let power = low; power <= high; power += step) ticks.push({ value: power, label: formatAmount(10 ** power) });
  return { domain: [low, high], ticks };
}

export function scoreTicks(scores: number[]) {
  return valueTicks(Math.min(...scores), Math.max(...scores));
}

export { isBetter };
