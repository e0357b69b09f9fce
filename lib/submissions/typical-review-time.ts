// How long a decision usually takes, from the site's own recent decisions: nothing is said without enough of them.
export const MIN_DECISIONS = 5;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The median of the waits, or null with fewer than MIN_DECISIONS of them. */
export function medianWait(waitsMs: number[]): number | null {
  if (waitsMs.length < MIN_DECISIONS) return null;
  const sorted = [...waitsMs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "within an hour", "about 5 hours", "about 3 days". */
export function describeWait(ms: number): string {
  if (ms < HOUR) return "within an hour";
  if (ms < DAY) return `about ${Math.round(ms / HOUR)} ${Math.round(ms / HOUR) === 1 ? "hour" : "hours"}`;
  const days = Math.round(ms / DAY);
  return `about ${days} ${days === 1 ? "day" : "days"}`;
}
