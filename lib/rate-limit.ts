import { prisma } from "@/lib/db";
import { isRecordNotFound, isUniqueViolation } from "@/lib/prisma-errors";

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** The start of the fixed window that `now` falls in: every instance agrees on it without talking. */
export function windowStartOf(now: number, windowMs: number): Date {
  return new Date(Math.floor(now / windowMs) * windowMs);
}

export function retryAfterSeconds(windowStart: Date, windowMs: number, now: number): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
}

// Every key keeps one row (its current window). Keys come from whoever calls (each email tried, each
// address, each token): rows whose window ended a day ago, far longer than any window, are deleted.
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
const FORGET_EVERY_MS = 60 * 60 * 1000;
let lastForgotten = 0;

/** At most once an hour in each process: one DELETE of the counters nobody used for a day. */
export async function forgetOldCounters(now: number): Promise<void> {
  if (now - lastForgotten < FORGET_EVERY_MS) return;
  lastForgotten = now;
  await prisma.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now - FORGET_AFTER_MS) } } });
}

/** Adds one hit to the key's current window and returns its count; each step is one atomic write. */
async function countHit(key: string, windowStart: Date): Promise<number> {
  for (;;) {
    try {
      // One UPDATE … RETURNING: the count read back is this hit's own, whatever runs alongside.
      const row = await prisma.rateLimit.update({
        where: { key, windowStart },
        data: { count: { increment: 1 } },
        select: { count: true },
      });
      return row.count;
    } catch (error) {
      if (!isRecordNotFound(error)) throw error;
    }
    // An older window: only one concurrent caller wins the reset, the others increment after it.
    const reset = await prisma.rateLimit.updateMany({
      where: { key, windowStart: { lt: windowStart } },
      data: { windowStart, count: 1 },
    });
    if (reset.count === 1) return 1;
    try {
      await prisma.rateLimit.create({ data: { key, windowStart, count: 1 } });
      return 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/**
 * Counts one hit on `key` in a fixed window of `windowMs`; past `limit` hits in that window the
 * caller is refused with the seconds until the window ends (an API answers 429 + Retry-After).
 * Counters live in the RateLimit table, so every server instance shares them.
 */
export async function consumeRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const now = Date.now();
  await forgetOldCounters(now);
  const windowStart = windowStartOf(now, windowMs);
  const count = await countHit(key, windowStart);
  if (count > limit) return { allowed: false, retryAfterSeconds: retryAfterSeconds(windowStart, windowMs, now) };
  return { allowed: true, remaining: limit - count };
}

/** Takes back one hit, for attempts that should not count once they succeed (a correct password). */
export async function refundRateLimit(key: string): Promise<void> {
  await prisma.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Back-off: `freeAttempts` in a row go at once; then each waits `firstWaitMs`, doubling, at most
 * `maxWaitMs`. Attempts in a row are forgotten `resetAfterMs` after the last one.
 */
export type BackoffRule = { freeAttempts: number; firstWaitMs: number; maxWaitMs: number; resetAfterMs: number };

/** How long after the last of `attempts` attempts the next one may go. */
export function backoffWaitMs(attempts: number, rule: BackoffRule): number {
  if (attempts < rule.freeAttempts) return 0;
  return Math.min(rule.maxWaitMs, rule.firstWaitMs * 2 ** (attempts - rule.freeAttempts));
}

/**
 * Claims one attempt on `key` under a back-off: allowed when the wait after the attempts so far has
 * passed. The row holds the attempts in a row (`count`) and when the last one was (`windowStart`); a
 * claim is one conditional update of exactly that row, so parallel attempts cannot share one slot.
 */
export async function claimBackoffAttempt(key: string, rule: BackoffRule): Promise<RateLimitResult> {
  for (;;) {
    const now = Date.now();
    const row = await prisma.rateLimit.findUnique({ where: { key } });
    if (!row) {
      try {
        await prisma.rateLimit.create({ data: { key, windowStart: new Date(now), count: 1 } });
        return { allowed: true, remaining: rule.freeAttempts - 1 };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        continue;
      }
    }
    const sinceLast = now - row.windowStart.getTime();
    const wait = backoffWaitMs(row.count, rule) - sinceLast;
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    const attempts = sinceLast >= rule.resetAfterMs ? 1 : row.count + 1;
    const claimed = await prisma.rateLimit.updateMany({
      where: { key, count: row.count, windowStart: row.windowStart },
      data: { count: attempts, windowStart: new Date(now) },
    });
    if (claimed.count === 1) return { allowed: true, remaining: Math.max(0, rule.freeAttempts - attempts) };
  }
}

/** Forgets the attempts in a row on `key` (a correct password): the next ones go at once again. */
export async function clearBackoff(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}

/** "3 minutes", "1 minute": a retry-after for people. */
export function formatRetryAfter(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
