import type { MetricDirection } from "@/lib/generated/prisma/enums";

/** A metric's direction in words: leaderboard headings, the checks, the audit log and the chart say it so. */
export const DIRECTION_TEXT: Record<MetricDirection, string> = {
  HIGHER_IS_BETTER: "higher is better",
  LOWER_IS_BETTER: "lower is better",
  NOT_RANKED: "not ranked",
};

/** ↑ or ↓ after a metric's name; nothing for one that is not ranked. */
export const DIRECTION_ARROWS: Record<MetricDirection, string> = { HIGHER_IS_BETTER: "↑", LOWER_IS_BETTER: "↓", NOT_RANKED: "" };

/** The choices of a metric's direction in the forms. */
export const DIRECTION_OPTIONS: { value: MetricDirection; label: string }[] = [
  { value: "HIGHER_IS_BETTER", label: "Higher is better" },
  { value: "LOWER_IS_BETTER", label: "Lower is better" },
  { value: "NOT_RANKED", label: "Not ranked (e.g. parameters)" },
];

/** The arrow of a ranking metric known only as lower-is-better or not. */
export function arrowOf(isLowerBetter: boolean): string {
  return DIRECTION_ARROWS[isLowerBetter ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER"];
}
