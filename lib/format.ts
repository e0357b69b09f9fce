const DATE = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", timeZone: "UTC" });
const COUNT = new Intl.NumberFormat("en-US");

/** "14 Aug 2017"; an em dash when unknown. */
export function formatDate(date: Date | string | null | undefined): string {
  return date ? DATE.format(new Date(date)) : "—";
}

/** "Aug 2017"; an em dash when unknown. */
export function formatMonth(date: Date | string | null | undefined): string {
  return date ? MONTH.format(new Date(date)) : "—";
}

/** ISO day "2017-08-14", or "" when unknown: for CSV, JSON and <time dateTime>. */
export function isoDay(date: Date | string | null | undefined): string {
  return date ? new Date(date).toISOString().slice(0, 10) : "";
}

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 result" / "3 results". */
export function plural(n: number, word: string, plural = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : plural}`;
}

/** "812.4 kB", "231.0 MB": a file's size. */
export function formatBytes(bytes: number): string {
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const AGE_UNITS: [number, string][] = [
  [365 * 24 * 3600, "year"],
  [30 * 24 * 3600, "month"],
  [7 * 24 * 3600, "week"],
  [24 * 3600, "day"],
  [3600, "hour"],
  [60, "minute"],
];

/** "3 days", "1 hour", "just now": how long ago, in its largest whole unit. */
export function formatAge(date: Date | string, now: Date = new Date()): string {
  const seconds = Math.max(0, (now.getTime() - new Date(date).getTime()) / 1000);
  for (const [size, unit] of AGE_UNITS) {
    if (seconds >= size) return plural(Math.floor(seconds / size), unit);
  }
  return "just now";
}

/** "3 days ago", "1 hour ago", "just now" (never "just now ago"). */
export function formatTimeAgo(date: Date | string, now: Date = new Date()): string {
  const age = formatAge(date, now);
  return age === "just now" ? age : `${age} ago`;
}
