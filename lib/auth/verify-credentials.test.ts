import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { hashPassword } from "./password";
import { SIGN_IN_LIMITS, verifyCredentials } from "./verify-credentials";

const PASSWORD = "correct horse battery";

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

  it("refuses an email after repeated failures, even with the right password, and says how long to wait", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit; i++) {
      expect(await attempt("ada@example.org", `wrong ${i}`, `198.51.100.${i}`)).toMatchObject({ reason: "invalid" });
    }
    const refused = await attempt("ada@example.org", PASSWORD, "203.0.113.9");
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(refused.ok === false && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses an address after repeated failures across many emails", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.limit; i++) await attempt(`guess${i}@example.org`, "wrong password");
    expect(await attempt("ada@example.org", PASSWORD)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await attempt("ada@example.org", PASSWORD, "192.0.2.200")).toMatchObject({ ok: true });
  });

  it("does not count successful sign-ins towards the limit", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit + 3; i++) {
      expect(await attempt("ada@example.org", PASSWORD)).toMatchObject({ ok: true });
    }
  });
});
