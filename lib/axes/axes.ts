// Size and cost axes of a result: parameters, training compute, inference cost, as numbers where given.
// The archive reports them as metric columns ("Number of params": "~257M", "2.0m", "250k").
export const AXES = ["params", "trainingCompute", "inferenceCost"] as const;
export type Axis = (typeof AXES)[number];
export type AxisValues = Partial<Record<Axis, number>>;

export const AXIS_LABELS: Record<Axis, string> = { params: "Parameters", trainingCompute: "Training compute (FLOPs)", inferenceCost: "Inference cost (FLOPs)" };

const AXIS_COLUMNS: [Axis, RegExp][] = [
  ["params", /^(?:(?:number|no\.?|#)\s*(?:of\s*)?)?param(?:eter)?s?(?:\s*\(.*\))?$/i],
  ["trainingCompute", /^train(?:ing)?[\s-]*(?:compute|flops)(?:\s*\(.*\))?$/i],
  ["inferenceCost", /^(?:inference[\s-]*(?:cost|flops)|flops|macs)(?:\s*\(.*\))?$/i],
];

/** The axis a metric column holds, if any. */
export function axisOfMetric(name: string): Axis | null {
  const trimmed = name.trim();
  return AXIS_COLUMNS.find(([, pattern]) => pattern.test(trimmed))?.[0] ?? null;
}

/** The axes of a row from its values by metric name; a value that could not be read gives none. */
export function axesFromValues(values: { metric: string; value: number | null }[]): AxisValues {
  const axes: AxisValues = {};
  for (const { metric, value } of values) {
    const axis = axisOfMetric(metric);
    if (axis && value !== null && Number.isFinite(value) && value >= 0 && axes[axis] === undefined) axes[axis] = value;
  }
  return axes;
}

/** "7e9", "7B", "250k", "1.5m" as a number; null when it is none of them. */
export function parseAmount(text: string | null | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*([kmbt])?\s*$/i.exec(text ?? "");
  if (!match) return null;
  const factor = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[(match[2] ?? "").toLowerCase() as "k"] ?? 1;
  const value = Number(match[1]) * factor;
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : null;
}

/** 7000000000 → "7B", 257000000 → "257M", 250000 → "250k". */
export function formatAmount(value: number): string {
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [size, unit] of units) if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))}${unit}`;
  return String(Number(value.toPrecision(3)));
}
