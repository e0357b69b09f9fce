import type { Placement } from "@/lib/leaderboard/rank";
import type { MetricKind, ValueRange } from "./value-range";

// Progress on an established leaderboard rarely closes half the distance left to a metric's ideal at once
// (100 % when higher is better, the floor when lower is better), nor beats an unbounded score by a quarter:
// typos, other splits and unit mix-ups (90 for 0.90) do.
const MAX_GAP_CLOSED = 0.5;
const MAX_RELATIVE_GAIN = 0.25;

const round = (n: number) => Number(n.toPrecision(4));
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Why a new best is implausible, as a sentence, or null when it is an ordinary step forward. */
export function implausibleJump(placement: Placement, metric: MetricKind, range: ValueRange | null, raw: string): string | null {
  const { best, distanceToBest, relativeDistance, isNewBest } = placement;
  if (!isNewBest || best === null || distanceToBest === null || distanceToBest <= 0) return null;
  const ideal = metric.direction === "HIGHER_IS_BETTER" ? range?.max : range?.min;
  if (ideal !== undefined && ideal !== null) {
    const gap = Math.abs(ideal - best);
    const share = gap === 0 ? Number.POSITIVE_INFINITY : distanceToBest / gap;
    if (share <= MAX_GAP_CLOSED) return null;
    return `${raw} would be the new best, ${round(distanceToBest)} ahead of ${round(best)}: it closes ${
      Number.isFinite(share) ? percent(share) : "all"
    } of the distance left to ${ideal} at once.`;
  }
  if (relativeDistance === null || relativeDistance <= MAX_RELATIVE_GAIN) return null;
  return `${raw} would be the new best, ${percent(relativeDistance)} ahead of ${round(best)}.`;
}
