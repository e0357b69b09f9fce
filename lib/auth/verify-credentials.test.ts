import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { hashPassword } from "./password";
import { SIGN_IN_LIMITS, verifyCredentials } from "./verify-credentials";

const PASSWORD = "correct horse battery";

afterEach(() => vi.useRealTimers());

beforeEach(async () => {
  await resetDatabase();
  await prisma.user.create({
    data: { email: "ada@example.org", name: "Ada", role: "MODERATOR", passwordHash: await hashPassword(PASSWORD) },
  });
});

function attempt(email: string, password: string, clientAddress: string | null = "192.0.2.1") {
  return verifyCredentials({ email, password, clientAddress });
}

describe("verifyCredentials", () => {
  it("signs in with the right password and returns the user with their role", async () => {
    expect(await attempt("ada@example.org", PASSWORD)).toEqual({
      ok: true,
      user: { id: expect.any(String), name: "Ada", email: "ada@example.org", role: "MODERATOR" },
    });
  });

  it("answers a wrong password and an unknown email alike", async () => {
    expect(await attempt("ada@example.org", "wrong password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("never locks the owner out over guesses from another address", async () => {
    for (let i = 0; i < 3 * SIGN_IN_LIMITS.perPair.freeAttempts; i++) await attempt("ada@example.org", `wrong ${i}`, "198.51.100.66");
    expect(await attempt("ada@example.org", "wrong again", "198.51.100.66")).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await attempt("ada@example.org", PASSWORD, "192.0.2.1")).toMatchObject({ ok: true });
  });

  it("backs off one address guessing one account: five at once, then 1, 2, 4 … at most 15 minutes apart", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2030-01-01T12:00:00Z") });
    const guess = () => attempt("ada@example.org", "wrong password", "198.51.100.7");
    for (let i = 0; i < SIGN_IN_LIMITS.perPair.freeAttempts; i++) expect(await guess()).toMatchObject({ reason: "invalid" });
    for (const minutes of [1, 2, 4, 8, 15, 15]) {
      // Even the right password waits: the wait does not tell whether a guess was right.
      expect(await attempt("ada@example.org", PASSWORD, "198.51.100.7")).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: minutes * 60 });
      vi.setSystemTime(Date.now() + minutes * 60_000);
      expect(await guess()).toMatchObject({ reason: "invalid" });
    }
  });

  it("starts the back-off over after a correct password, and after an hour without attempts", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2030-01-01T12:00:00Z") });
    const { freeAttempts } = SIGN_IN_LIMITS.perPair;
    for (let i = 0; i < freeAttempts - 1; i++) await attempt("ada@example.org", "typo");
    expect(await attempt("ada@example.org", PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < freeAttempts; i++) expect(await attempt("ada@example.org", "typo")).toMatchObject({ reason: "invalid" });
    expect(await attempt("ada@example.org", "typo")).toMatchObject({ reason: "rate_limited" });
    vi.setSystemTime(new Date("2030-01-01T13:00:00Z"));
    for (let i = 0; i < freeAttempts; i++) expect(await attempt("ada@example.org", "typo")).toMatchObject({ reason: "invalid" });
  });

  it("refuses an address after repeated failures across many emails", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.limit; i++) await attempt(`guess${i}@example.org`, "wrong password");
    expect(await attempt("ada@example.org", PASSWORD)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await attempt("ada@example.org", PASSWORD, "192.0.2.200")).toMatchObject({ ok: true });
  });

  it("does not count successful sign-ins towards the limit", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perPair.freeAttempts + 3; i++) {
      expect(await attempt("ada@example.org", PASSWORD)).toMatchObject({ ok: true });
    }
  });
});
