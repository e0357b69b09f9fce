import { isoDay } from "@/lib/format";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `?as_of=2021-06-30` as a day the board can be rebuilt at: a real past or present UTC day, else null. */
export function parseAsOfDay(value: string | null | undefined, now: Date = new Date()): string | null {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || isoDay(date) !== value) return null;
  return value <= isoDay(now) ? value : null;
}
