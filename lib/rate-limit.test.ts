import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { backoffWaitMs, claimBackoffAttempt, consumeRateLimit, formatRetryAfter, refundRateLimit } from "./rate-limit";

const MINUTE = 60_000;

beforeEach(async () => {
  await resetDatabase();
  // 12:01:00 — one minute into a fifteen-minute window that starts at 12:00.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T12:01:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("consumeRateLimit", () => {
  it("forgets the counters of keys unused for a day, at most once an hour", async () => {
    vi.setSystemTime(new Date("2026-03-09T12:00:00Z")); // a week on: past any earlier test's clean-up
    await prisma.rateLimit.createMany({
      data: [
        { key: "sign-in:email:old@example.org", windowStart: new Date("2026-03-08T11:00:00Z"), count: 3 },
        { key: "sign-in:email:recent@example.org", windowStart: new Date("2026-03-08T13:00:00Z"), count: 2 },
      ],
    });
    await consumeRateLimit("api:read:ip:192.0.2.1", 600, MINUTE);
    expect((await prisma.rateLimit.findMany({ orderBy: { key: "asc" } })).map((row) => row.key)).toEqual([
      "api:read:ip:192.0.2.1",
      "sign-in:email:recent@example.org",
    ]);

    await prisma.rateLimit.create({ data: { key: "sign-in:email:older@example.org", windowStart: new Date("2026-03-01T00:00:00Z"), count: 1 } });
    vi.setSystemTime(new Date("2026-03-09T12:30:00Z"));
    await consumeRateLimit("api:read:ip:192.0.2.1", 600, MINUTE);
    expect(await prisma.rateLimit.count({ where: { key: "sign-in:email:older@example.org" } })).toBe(1);
  });

  it("allows `limit` hits in a window, then refuses with the seconds left in the window", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit("k", 3, 15 * MINUTE));
    expect(results.slice(0, 3)).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
    ]);
    expect(results[3]).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
    expect(await prisma.rateLimit.findUnique({ where: { key: "k" } })).toMatchObject({ count: 4 });
  });

  it("starts afresh in the next window", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit("k", 3, 15 * MINUTE);
    vi.setSystemTime(new Date("2026-03-02T12:15:00Z"));
    expect(await consumeRateLimit("k", 3, 15 * MINUTE)).toEqual({ allowed: true, remaining: 2 });
  });

  it("counts each key on its own", async () => {
    for (let i = 0; i < 4; i++) await consumeRateLimit("a", 3, 15 * MINUTE);
    expect(await consumeRateLimit("b", 3, 15 * MINUTE)).toEqual({ allowed: true, remaining: 2 });
  });

  it("lets exactly `limit` of many simultaneous hits through", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit("busy", 7, 15 * MINUTE)));
    expect(results.filter((result) => result.allowed)).toHaveLength(7);
    expect(await prisma.rateLimit.findUnique({ where: { key: "busy" } })).toMatchObject({ count: 20 });
  });

  it("takes a hit back with refundRateLimit", async () => {
    await consumeRateLimit("k", 3, 15 * MINUTE);
    await consumeRateLimit("k", 3, 15 * MINUTE);
    await refundRateLimit("k");
    expect(await consumeRateLimit("k", 3, 15 * MINUTE)).toEqual({ allowed: true, remaining: 1 });
  });
});

describe("formatRetryAfter", () => {
  it("rounds up to whole minutes", () => {
    expect(formatRetryAfter(1)).toBe("1 minute");
    expect(formatRetryAfter(61)).toBe("2 minutes");
    expect(formatRetryAfter(15 * 60)).toBe("15 minutes");
  });
});

describe("back-off", () => {
  const rule = { freeAttempts: 3, firstWaitMs: MINUTE, maxWaitMs: 5 * MINUTE, resetAfterMs: 60 * MINUTE };

  it("lets the free attempts go at once, then doubles the wait up to its ceiling", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((attempts) => backoffWaitMs(attempts, rule) / MINUTE)).toEqual([0, 0, 0, 1, 2, 4, 5, 5]);
  });

  it("gives parallel attempts one slot each: no more than the free ones get through", async () => {
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimBackoffAttempt("sign-in:pair:x", rule)));
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(rule.freeAttempts);
    expect(claims.filter((claim) => !claim.allowed)).toEqual(Array(5).fill({ allowed: false, retryAfterSeconds: 60 }));
  });
});
