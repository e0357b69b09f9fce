import type { MetricDirection } from "@/lib/generated/prisma/enums";

export type InferredDirection = { direction: MetricDirection; unit: string };

// Reported beside the scores but not a score: a model's size or cost.
const NOT_A_SCORE = [/\bparams?\b/, /\bparameters?\b/, /#\s*params?/, /\b[gmt]?flops\b/, /\b[gm]?macs\b/, /\bmult(?:iply)?-?adds\b/, /\bmodel size\b/];
const PARAMETER_COUNT = [/\bparams?\b/, /\bparameters?\b/, /#\s*params?/];

// Errors, losses, divergences, distances and costs: the smaller the better.
const LOWER_IS_BETTER = [
  /\berror\b/,
  /\berr\b/,
  /\bperplexity\b/,
  /\bppl\b/,
  /\b[wc]er\b/,
  /\bbpc\b/,
  /\bbp[db]\b/,
  /\bbits?[ /-]?per\b/,
  /\bbits?\/(?:char|dim|byte|sub-?word)/,
  /\bloss\b/,
  /\b(?:r?mse|mae|mape|smape|rmsle|crps|nll)\b/,
  /\b[fk]id\b/,
  /\beer\b/,
  /\blpips\b/,
  /\bepe\b/,
  /\b[af]de\b/,
  /\blatency\b/,
  /\btime\b/,
  /\bruntime\b/,
  /\bdistance\b/,
  /\bemd\b/,
  /\bdivergence\b/,
  /\bmiss rate\b/,
  /\bfalse (?:positive|negative|alarm) rate\b/,
  /\b(?:abs|sq)[ _]rel\b/,
  /\b(?:mean|median|average|avg)[ _]rank\b/,
];

/**
 * The direction and unit of a metric from its name ("Test Error" → lower is better), for a metric
 * that no moderator has reviewed yet. `valueUnits` are the units its values were reported with.
 */
export function inferDirection(name: string, valueUnits: readonly string[] = []): InferredDirection {
  const text = name.toLowerCase();
  if (NOT_A_SCORE.some((pattern) => pattern.test(text))) {
    return { direction: "NOT_RANKED", unit: PARAMETER_COUNT.some((pattern) => pattern.test(text)) ? "count" : "" };
  }
  const direction = LOWER_IS_BETTER.some((pattern) => pattern.test(text)) ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
  return { direction, unit: isPercentage(text, valueUnits) ? "%" : "" };
}

function isPercentage(text: string, valueUnits: readonly string[]): boolean {
  if (text.includes("%") || /\bpercent(?:age)?\b/.test(text)) return true;
  const percentages = valueUnits.filter((unit) => unit === "%").length;
  return valueUnits.length > 0 && percentages * 2 >= valueUnits.length;
}
