import { describe, expect, it } from "vitest";
import { backoffMs, MAX_ATTEMPTS } from "./backoff";

describe("backoffMs", () => {
  it("doubles from 30 s after each failed attempt, up to an hour", () => {
    const exact = (attempts: number) => backoffMs(attempts, () => 0);
    expect([1, 2, 3, 4, 5].map(exact)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(exact(8)).toBe(60 * 60_000);
    expect(exact(MAX_ATTEMPTS)).toBe(60 * 60_000);
  });

  it("takes off up to a fifth at random, so that failures together do not retry together", () => {
    expect(backoffMs(2, () => 0.5)).toBe(54_000);
    expect(backoffMs(2, () => 0.999)).toBeGreaterThan(48_000);
  });
});
