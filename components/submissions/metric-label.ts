import type { MetricDirection } from "@/lib/generated/prisma/enums";

export const DIRECTION_OPTIONS: { value: MetricDirection; label: string }[] = [
  { value: "HIGHER_IS_BETTER", label: "Higher is better" },
  { value: "LOWER_IS_BETTER", label: "Lower is better" },
  { value: "NOT_RANKED", label: "Not ranked (e.g. parameters)" },
];

export const DIRECTION_ARROWS: Record<MetricDirection, string> = { HIGHER_IS_BETTER: "↑", LOWER_IS_BETTER: "↓", NOT_RANKED: "" };

/** "Top 1 Accuracy (%) ↑": the metric as a value's label. */
export function metricLabel(metric: { name: string; unit: string; direction: MetricDirection }): string {
  const unit = metric.unit && !metric.name.includes(metric.unit) ? ` (${metric.unit})` : "";
  const arrow = DIRECTION_ARROWS[metric.direction];
  return `${metric.name}${unit}${arrow ? ` ${arrow}` : ""}`;
}
