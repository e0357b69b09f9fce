import { clientAddressOf } from "@/lib/client-address";
import { consumeBatchedRateLimit } from "@/lib/batched-rate-limit";
import { consumeRateLimit } from "@/lib/rate-limit";
import { WRITE_LIMIT, writeLimitKey } from "@/lib/write-limit";
import { ApiError } from "./errors";
import type { TokenCaller } from "./tokens";

export type CallKind = "read" | "write";

/** Calls allowed per window, per account when a valid token is sent, else per client address. */
export const API_LIMITS: Record<CallKind, { limit: number; windowMs: number }> = {
  read: { limit: 600, windowMs: 60_000 },
  write: WRITE_LIMIT,
};

/**
 * The rate-limit counter a call counts against: the token owner's (all their tokens share it; a
 * write shares the account's one write counter with the site's forms), else the client address's.
 */
export function limitKey(kind: CallKind, caller: TokenCaller | null, request: Request): string {
  if (!caller) return `api:${kind}:ip:${clientAddressOf(request) ?? "unknown"}`;
  return kind === "write" ? writeLimitKey(caller.userId) : `api:read:user:${caller.userId}`;
}

/**
 * Counts the call in its fixed window and returns the headers that tell the caller where it stands;
 * past the limit, refuses it with a 429 and Retry-After.
 */
export async function limitApiCall(kind: CallKind, caller: TokenCaller | null, request: Request): Promise<Record<string, string>> {
  const { limit, windowMs } = API_LIMITS[kind];
  // Reads are many: their hits are written in batches (lib/batched-rate-limit.ts); each write is counted at once.
  const consume = kind === "read" ? consumeBatchedRateLimit : consumeRateLimit;
  const outcome = await consume(limitKey(kind, caller, request), limit, windowMs);
  if (outcome.allowed) return { "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(outcome.remaining) };
  const seconds = outcome.retryAfterSeconds;
  throw new ApiError(
    "rate_limited",
    `Too many ${kind}s: ${limit} a minute per ${caller ? "account" : "address"}. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    { headers: { "Retry-After": String(seconds), "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": "0" } },
  );
}
