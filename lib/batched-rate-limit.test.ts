import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { consumeBatchedRateLimit, flushBatchedHits } from "./batched-rate-limit";

const MINUTE = 60_000;
const windowStart = new Date("2026-03-02T12:01:00Z");

beforeEach(async () => {
  await resetDatabase();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T12:01:30Z")); // half way through a minute's window
});
afterEach(() => {
  vi.useRealTimers();
});

const rowOf = (key: string) => prisma.rateLimit.findUnique({ where: { key }, select: { windowStart: true, count: true } });

describe("consumeBatchedRateLimit", () => {
  it("counts hits at once in the process and writes them together later", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeBatchedRateLimit("batched:a", 3, MINUTE));
    expect(results).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterSeconds: 30 },
    ]);
    expect(await rowOf("batched:a"), "nothing written yet").toBeNull();
    await flushBatchedHits();
    expect(await rowOf("batched:a")).toEqual({ windowStart, count: 4 });
  });

  it("starts from the shared row's count the first time it meets a key", async () => {
    await prisma.rateLimit.create({ data: { key: "batched:b", windowStart, count: 599 } });
    expect(await consumeBatchedRateLimit("batched:b", 600, MINUTE)).toEqual({ allowed: true, remaining: 0 });
    expect(await consumeBatchedRateLimit("batched:b", 600, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("learns the hits other instances wrote each time it writes its own", async () => {
    await consumeBatchedRateLimit("batched:c", 100, MINUTE);
    await flushBatchedHits();
    await prisma.rateLimit.update({ where: { key: "batched:c" }, data: { count: { increment: 10 } } }); // another instance
    expect(await consumeBatchedRateLimit("batched:c", 100, MINUTE)).toEqual({ allowed: true, remaining: 98 });
    await flushBatchedHits();
    expect(await rowOf("batched:c")).toEqual({ windowStart, count: 12 });
    expect(await consumeBatchedRateLimit("batched:c", 100, MINUTE)).toEqual({ allowed: true, remaining: 87 });
  });

  it("reads the other instances' hits at every write, even with no hits of its own to write", async () => {
    await consumeBatchedRateLimit("batched:e", 100, MINUTE);
    await flushBatchedHits();
    await prisma.rateLimit.update({ where: { key: "batched:e" }, data: { count: { increment: 50 } } }); // another instance
    await flushBatchedHits();
    expect(await consumeBatchedRateLimit("batched:e", 100, MINUTE)).toEqual({ allowed: true, remaining: 48 });
  });

  it("leaves a row of a later window alone (another instance's clock ahead)", async () => {
    const later = new Date("2026-03-02T12:02:00Z");
    await consumeBatchedRateLimit("batched:f", 100, MINUTE);
    await prisma.rateLimit.create({ data: { key: "batched:f", windowStart: later, count: 7 } });
    await flushBatchedHits();
    expect(await rowOf("batched:f")).toEqual({ windowStart: later, count: 7 });
  });

  it("starts again in a new window, and never writes the hits of a window that ended", async () => {
    await prisma.rateLimit.create({ data: { key: "batched:d", windowStart, count: 50 } });
    expect(await consumeBatchedRateLimit("batched:d", 60, MINUTE)).toEqual({ allowed: true, remaining: 9 });
    vi.setSystemTime(new Date("2026-03-02T12:02:10Z"));
    await flushBatchedHits();
    expect(await rowOf("batched:d"), "the ended window's hit is not added").toEqual({ windowStart, count: 50 });
    expect(await consumeBatchedRateLimit("batched:d", 60, MINUTE)).toEqual({ allowed: true, remaining: 59 });
    await flushBatchedHits();
    expect(await rowOf("batched:d")).toEqual({ windowStart: new Date("2026-03-02T12:02:00Z"), count: 1 });
  });

  it("writes many keys in one go, whatever runs alongside", async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => consumeBatchedRateLimit(`batched:many:${i % 3}`, 100, MINUTE)));
    await Promise.all([flushBatchedHits(), flushBatchedHits()]);
    for (let i = 0; i < 3; i++) expect(await rowOf(`batched:many:${i}`)).toEqual({ windowStart, count: 10 });
  });
});
