import { prisma, type Tx } from "@/lib/db";
import { type RateLimitResult, retryAfterSeconds, windowStartOf } from "@/lib/rate-limit";

// A limit on calls too frequent to write one by one (the API's reads). Writing each hit took SQLite's write
// lock once per read: with two server processes, a read waited for the other's submissions, and
// better-sqlite3 waits with the whole process (docs/performance.md). Here a key's hits are counted in this
// process and added to its shared RateLimit row in one transaction for all keys every FLUSH_MS. A call is
// judged by the row's count when this process last read it plus the hits it has not written yet, so one
// process is exact, and several instances together may pass a limit by what the others counted since
// their last write: a second's worth at most.

/** How long hits wait in memory before they are written, all keys in one transaction. */
export const FLUSH_MS = 1_000;

/** A key's counter in this process: the row's count as last read (or written) and the hits not yet written. */
type Counter = { windowStart: number; windowEnd: number; shared: number; unwritten: number };

const counters = new Map<string, Counter>();
let flushing: Promise<void> | null = null;
let flushTimer: ReturnType<typeof setTimeout> | null = null;

/** The row's count in this window, read once when the process meets the key in a window. */
async function sharedCount(key: string, windowStart: number): Promise<number> {
  const row = await prisma.rateLimit.findUnique({ where: { key }, select: { windowStart: true, count: true } });
  return row && row.windowStart.getTime() === windowStart ? row.count : 0;
}

/**
 * Counts one hit on `key` in a fixed window of `windowMs`; past `limit` hits in that window the caller is
 * refused with the seconds until the window ends, as consumeRateLimit does, without a write per hit.
 */
export async function consumeBatchedRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const now = Date.now();
  const windowStart = windowStartOf(now, windowMs).getTime();
  let counter = counters.get(key);
  if (counter?.windowStart !== windowStart) {
    const shared = await sharedCount(key, windowStart);
    counter = counters.get(key);
    if (counter?.windowStart !== windowStart) {
      counter = { windowStart, windowEnd: windowStart + windowMs, shared, unwritten: 0 };
      counters.set(key, counter);
    }
  }
  counter.unwritten += 1;
  flushLater();
  const count = counter.shared + counter.unwritten;
  if (count > limit) return { allowed: false, retryAfterSeconds: retryAfterSeconds(new Date(windowStart), windowMs, now) };
  return { allowed: true, remaining: limit - count };
}

function flushLater(): void {
  if (flushTimer) return;
  flushTimer = setTimeout(() => {
    flushTimer = null;
    void flushBatchedHits();
  }, FLUSH_MS);
  flushTimer.unref?.();
}

/** Adds `hits` to the key's row in this window (a row of an older window starts again) and returns its count. */
async function addHits(tx: Tx, key: string, windowStart: Date, hits: number): Promise<number> {
  const restarted = await tx.rateLimit.updateMany({ where: { key, windowStart: { lt: windowStart } }, data: { windowStart, count: hits } });
  if (restarted.count === 1) return hits;
  const added = await tx.rateLimit.updateMany({ where: { key, windowStart }, data: { count: { increment: hits } } });
  if (added.count === 0) await tx.rateLimit.create({ data: { key, windowStart, count: hits } });
  return (await tx.rateLimit.findUniqueOrThrow({ where: { key }, select: { count: true } })).count;
}

/**
 * Writes every key's unwritten hits in one transaction and learns the rows' counts, which carry the other
 * instances' hits too. Counters of ended windows are forgotten, their hits no longer count. A failed write
 * keeps the hits for the next.
 */
export function flushBatchedHits(): Promise<void> {
  flushing ??= writeHits().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function writeHits(): Promise<void> {
  const now = Date.now();
  for (const [key, counter] of counters) if (counter.windowEnd <= now) counters.delete(key);
  const written = [...counters].filter(([, counter]) => counter.unwritten > 0).map(([key, counter]) => ({ key, counter, hits: counter.unwritten }));
  if (written.length === 0) return;
  try {
    const counts = await prisma.$transaction(async (tx) => {
      const result: number[] = [];
      for (const { key, counter, hits } of written) result.push(await addHits(tx, key, new Date(counter.windowStart), hits));
      return result;
    });
    written.forEach(({ counter, hits }, i) => {
      counter.unwritten -= hits;
      counter.shared = counts[i];
    });
  } catch (error) {
    console.error("Writing the API's read counts failed; they are kept for the next write:", error);
    flushLater();
  }
}

/** Forgets every counter and the write planned (a test's fresh database). */
export function forgetBatchedHits(): void {
  counters.clear();
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
}
