import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, type RateLimitResult } from "@/lib/rate-limit";

/** One account's writes per minute, the site's forms and the API together (PWC_WRITE_LIMIT). */
export const WRITE_LIMIT = { limit: env.PWC_WRITE_LIMIT, windowMs: 60_000 } as const;

/** The one counter of an account's writes, whichever token or session they come from. */
export function writeLimitKey(userId: string): string {
  return `write:user:${userId}`;
}

/** Counts one write of the account in the current minute. */
export function consumeAccountWrite(userId: string): Promise<RateLimitResult> {
  return consumeRateLimit(writeLimitKey(userId), WRITE_LIMIT.limit, WRITE_LIMIT.windowMs);
}

export function writeLimitMessage(retryAfterSeconds: number): string {
  const seconds = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
  return `You are making changes too quickly (at most ${WRITE_LIMIT.limit} a minute). Try again in ${seconds}.`;
}

/** For a form's action: counts the write, and past the limit refuses it with RATE_LIMITED. */
export async function limitAccountWrites(userId: string): Promise<void> {
  const outcome = await consumeAccountWrite(userId);
  if (!outcome.allowed) throw new AppError("RATE_LIMITED", writeLimitMessage(outcome.retryAfterSeconds));
}
