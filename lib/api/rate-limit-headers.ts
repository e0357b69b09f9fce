// The old Python client (tea-client) reads X-RateLimit-Remaining, -Reset and -Retry whenever an answer
// carries X-RateLimit-Limit, and crashes on a missing one: an answer carries all four or none.

/** Seconds until the fixed window that `now` falls in ends (lib/rate-limit.ts aligns windows the same way). */
export function secondsToWindowEnd(windowMs: number, now: number): number {
  const windowEnd = Math.floor(now / windowMs) * windowMs + windowMs;
  return Math.max(1, Math.ceil((windowEnd - now) / 1000));
}

/**
 * The answer's headers with the rate-limit set made whole: Reset is the seconds until the window ends,
 * Retry the seconds to wait before calling again (Retry-After on a 429, else 0).
 */
export function withRateLimitHeaders(headers: Record<string, string>, windowMs: number, now = Date.now()): Record<string, string> {
  if (headers["X-RateLimit-Limit"] === undefined) return headers;
  return {
    ...headers,
    "X-RateLimit-Remaining": headers["X-RateLimit-Remaining"] ?? "0",
    "X-RateLimit-Reset": headers["X-RateLimit-Reset"] ?? String(secondsToWindowEnd(windowMs, now)),
    "X-RateLimit-Retry": headers["X-RateLimit-Retry"] ?? headers["Retry-After"] ?? "0",
  };
}
