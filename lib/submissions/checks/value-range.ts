import type { MetricDirection } from "@/lib/generated/prisma/enums";

export type MetricKind = { name: string; direction: MetricDirection; unit: string };

/** The values a metric can take, and why, when they are bounded; null when nothing is known. */
export type ValueRange = { min: number | null; max: number | null; why: string };

const PERCENT_NAME = /%|\bpercent(?:age)?\b/i;
const PERPLEXITY = /\bperplexity\b|\bppl\b/i;
// Losses on continuous data (negative log-likelihood, ELBO) can be negative; every other error, distance or cost cannot.
const SIGNED_LOSS = /\bnll\b|log-?likelihood|\belbo\b/i;
const NON_NEGATIVE_SCORE =
  /accuracy|\bacc\b|precision|recall|\bf1\b|\bauc\b|\bap\d*\b|\bmap\b|\bem\b|exact match|bleu|rouge|meteor|\bcider\b|\biou\b|\bmiou\b|inception|params?|parameters|flops/i;

/** A percentage lies in 0–100; errors, distances, perplexities and the usual scores are never negative. */
export function valueRange(metric: MetricKind, writtenUnit: string): ValueRange | null {
  if (metric.unit === "%" || writtenUnit === "%" || PERCENT_NAME.test(metric.name)) {
    return { min: 0, max: 100, why: "a percentage lies between 0 and 100" };
  }
  if (PERPLEXITY.test(metric.name)) return { min: 1, max: null, why: "a perplexity is at least 1" };
  if (metric.direction === "LOWER_IS_BETTER" && !SIGNED_LOSS.test(metric.name)) {
    return { min: 0, max: null, why: "an error, distance or cost cannot be negative" };
  }
  if (NON_NEGATIVE_SCORE.test(metric.name)) return { min: 0, max: null, why: "this measure cannot be negative" };
  return null;
}

/** What a value breaks of its range, as a phrase ("is above 100"), or null when it is within. */
export function rangeBreach(value: number, range: ValueRange | null): string | null {
  if (!range) return null;
  if (range.min !== null && value < range.min) return range.min === 0 ? "is negative" : `is below ${range.min}`;
  if (range.max !== null && value > range.max) return `is above ${range.max}`;
  return null;
}
