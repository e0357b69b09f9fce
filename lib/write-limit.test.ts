import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { limitAccountWrites, WRITE_LIMIT, writeLimitKey } from "./write-limit";

beforeEach(resetDatabase);
afterEach(() => vi.useRealTimers());

describe("limitAccountWrites", () => {
  it("allows PWC_WRITE_LIMIT writes a minute per account, then refuses with the wait; other accounts go on", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2030-01-01T12:00:45Z") });
    await prisma.rateLimit.create({ data: { key: writeLimitKey("ada"), windowStart: new Date("2030-01-01T12:00:00Z"), count: WRITE_LIMIT.limit - 1 } });
    await limitAccountWrites("ada");
    await expect(limitAccountWrites("ada")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: `You are making changes too quickly (at most ${WRITE_LIMIT.limit} a minute). Try again in 15 seconds.`,
    });
    await limitAccountWrites("grace");
    vi.setSystemTime(new Date("2030-01-01T12:01:00Z"));
    await limitAccountWrites("ada");
  });

  it("defaults to 60 a minute: the load script's submitters (one write every 1.2 s) stay under it", () => {
    expect(WRITE_LIMIT).toEqual({ limit: 60, windowMs: 60_000 });
    expect(60_000 / 1_200).toBeLessThan(WRITE_LIMIT.limit);
  });
});
