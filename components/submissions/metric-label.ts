import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { DIRECTION_ARROWS } from "@/lib/metrics/direction-labels";

/** "Top 1 Accuracy (%) ↑": the metric as a value's label. */
export function metricLabel(metric: { name: string; unit: string; direction: MetricDirection }): string {
  const unit = metric.unit && !metric.name.includes(metric.unit) ? ` (${metric.unit})` : "";
  const arrow = DIRECTION_ARROWS[metric.direction];
  return `${metric.name}${unit}${arrow ? ` ${arrow}` : ""}`;
}
