import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { forgetOldCounters, type RateLimitResult, retryAfterSeconds, windowStartOf } from "@/lib/rate-limit";

// A limit on calls too frequent to write one by one (the API's reads). Writing each hit took SQLite's write
// lock once per read: with two server processes, a read waited for the other's submissions, and
// better-sqlite3 waits with the whole process (docs/performance.md). Here a key's hits are counted in this
// process and added to the shared RateLimit rows every FLUSH_MS, in one statement for up to CHUNK keys; then
// the process reads the rows of every key it counts, which carry the other instances' hits. A call is judged
// by the row's count as last read plus the hits not written yet: one process is exact, and several together
// may pass a limit by what the others counted since this one last read, about a second's worth.

/** How long hits wait in memory before they are written. */
export const FLUSH_MS = 1_000;
/** Keys per statement: three parameters each, far under SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/** A key's counter in this process: the row's count as last read and the hits not yet written. */
type Counter = { windowStart: number; windowEnd: number; shared: number; unwritten: number };

const counters = new Map<string, Counter>();
let flushing: Promise<void> | null = null;
let flushTimer: ReturnType<typeof setTimeout> | null = null;

/** The row's count in this window, read when the process first meets the key in a window. */
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

/**
 * Adds each key's hits to its row in one statement: a row of an older window starts again at the hits, a
 * row of a later window (another instance's clock ran ahead) is left alone.
 */
async function addHits(rows: { key: string; windowStart: Date; hits: number }[]): Promise<void> {
  const values = Prisma.join(rows.map((row) => Prisma.sql`(${row.key}, ${row.windowStart}, ${row.hits})`));
  await prisma.$executeRaw`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" = excluded."windowStart" THEN "RateLimit"."count" + excluded."count" ELSE excluded."count" END,
      "windowStart" = excluded."windowStart"
    WHERE "RateLimit"."windowStart" <= excluded."windowStart"`;
}

/**
 * Writes every key's unwritten hits, then reads back the rows of every key counted, with the other
 * instances' hits. Counters of ended windows are forgotten: their hits no longer count. Hits whose write
 * failed stay for the next one. Counters are written in key order, so that two instances never wait on
 * each other's rows in opposite orders (PostgreSQL).
 */
export function flushBatchedHits(): Promise<void> {
  flushing ??= writeHits().finally(() => {
    flushing = null;
    if ([...counters.values()].some((counter) => counter.unwritten > 0)) flushLater();
  });
  return flushing;
}

async function writeHits(): Promise<void> {
  const now = Date.now();
  for (const [key, counter] of counters) if (counter.windowEnd <= now) counters.delete(key);
  const live = [...counters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  try {
    for (let start = 0; start < live.length; start += CHUNK) {
      const chunk = live.slice(start, start + CHUNK);
      const written = chunk.filter(([, counter]) => counter.unwritten > 0).map(([key, counter]) => ({ key, counter, hits: counter.unwritten }));
      if (written.length > 0) {
        await addHits(written.map(({ key, counter, hits }) => ({ key, windowStart: new Date(counter.windowStart), hits })));
        for (const { counter, hits } of written) counter.unwritten -= hits;
      }
      const rows = await prisma.rateLimit.findMany({
        where: { key: { in: chunk.map(([key]) => key) } },
        select: { key: true, windowStart: true, count: true },
      });
      const byKey = new Map(rows.map((row) => [row.key, row]));
      for (const [key, counter] of chunk) {
        const row = byKey.get(key);
        counter.shared = row && row.windowStart.getTime() === counter.windowStart ? row.count : 0;
      }
    }
    await forgetOldCounters(now);
  } catch (error) {
    console.error("Writing the API's read counts failed; they are kept for the next write:", error);
  }
}

/** Forgets every counter and the write planned (a test's fresh database). */
export function forgetBatchedHits(): void {
  counters.clear();
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
}
