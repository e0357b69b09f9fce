// Scales and ticks of the best-over-time chart: pure arithmetic, so that the SVG component only draws.
import { formatMonth } from "@/lib/format";

export type Tick = { value: number; label: string };

const DAY = 24 * 60 * 60 * 1000;

/** Round steps (1, 2, 2.5, 5 × 10^k) covering [min, max] with about `count` ticks. */
export function valueTicks(min: number, max: number, count = 5): { domain: [number, number]; ticks: Tick[] } {
  if (min === max) {
    const pad = Math.abs(min) * 0.05 || 1;
    return valueTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / magnitude === 2.5 ? 1 : 0));
  const ticks: Tick[] = [];
  for (let value = start; value <= end + step / 2; value += step) {
    const rounded = Number(value.toFixed(decimals));
    ticks.push({ value: rounded, label: rounded.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) });
  }
  return { domain: [start, end], ticks };
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/** Month-aligned ticks between two times: years when the span is long, months when short. */
export function timeTicks(fromMs: number, toMs: number, count = 5): { domain: [number, number]; ticks: Tick[] } {
  const span = Math.max(toMs - fromMs, 0);
  // A little room on both sides so that the first and last points are not on the edge.
  const pad = Math.max(span * 0.06, 45 * DAY);
  const domain: [number, number] = [fromMs - pad, toMs + pad];
  const months = (domain[1] - domain[0]) / (30.44 * DAY);
  const step = MONTH_STEPS.find((s) => months / s <= count) ?? MONTH_STEPS.at(-1)!;
  const first = new Date(domain[0]);
  let year = first.getUTCFullYear();
  let month = Math.ceil(first.getUTCMonth() / step) * step;
  if (step >= 12) {
    const years = step / 12;
    year = Math.ceil((year + (first.getUTCMonth() > 0 || first.getUTCDate() > 1 ? 1 : 0)) / years) * years;
    month = 0;
  }
  const ticks: Tick[] = [];
  for (let t = Date.UTC(year, month, 1); t <= domain[1]; t = Date.UTC(year, (month += step), 1)) {
    if (t < domain[0]) continue;
    const date = new Date(t);
    ticks.push({ value: t, label: step >= 12 ? String(date.getUTCFullYear()) : formatMonth(date) });
  }
  return { domain, ticks };
}

/** Where a value falls in a domain, from 0 to 1. */
export function scale(value: number, [from, to]: [number, number]): number {
  return to === from ? 0.5 : (value - from) / (to - from);
}

/**
 * At most `max` of the points that are not records, evenly spread in time, and every record: a
 * leaderboard of a thousand results draws its history without a thousand shapes.
 */
export function thinPoints<P extends { isRecord: boolean }>(points: P[], max: number): P[] {
  const others = points.filter((point) => !point.isRecord).length;
  if (others <= max) return points;
  const step = others / max;
  let seen = 0;
  let next = 0;
  return points.filter((point) => {
    if (point.isRecord) return true;
    const keep = seen >= next;
    if (keep) next += step;
    seen += 1;
    return keep;
  });
}
