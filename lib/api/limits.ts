import { clientAddressOf } from "@/lib/client-address";
import { consumeRateLimit } from "@/lib/rate-limit";
import { ApiError } from "./errors";
import type { TokenCaller } from "./tokens";

export type CallKind = "read" | "write";

/** Calls allowed per window, per token when a valid one is sent, else per client address. */
export const API_LIMITS: Record<CallKind, { limit: number; windowMs: number }> = {
  read: { limit: 600, windowMs: 60_000 },
  write: { limit: 60, windowMs: 60_000 },
};

/** The rate-limit counter a call counts against: `api:read:token:<id>` or `api:read:ip:<address>`. */
export function limitKey(kind: CallKind, caller: TokenCaller | null, request: Request): string {
  return caller ? `api:${kind}:token:${caller.tokenId}` : `api:${kind}:ip:${clientAddressOf(request) ?? "unknown"}`;
}

/**
 * Counts the call in its fixed window and returns the headers that tell the caller where it stands;
 * past the limit, refuses it with a 429 and Retry-After.
 */
export async function limitApiCall(kind: CallKind, caller: TokenCaller | null, request: Request): Promise<Record<string, string>> {
  const { limit, windowMs } = API_LIMITS[kind];
  const outcome = await consumeRateLimit(limitKey(kind, caller, request), limit, windowMs);
  if (outcome.allowed) return { "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(outcome.remaining) };
  const seconds = outcome.retryAfterSeconds;
  throw new ApiError(
    "rate_limited",
    `Too many ${kind}s: ${limit} a minute per ${caller ? "token" : "address"}. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    { headers: { "Retry-After": String(seconds), "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": "0" } },
  );
}
