import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { registerUser, SIGN_UP_LIMIT } from "./register-user";

const account = (n: number) => ({ name: `Researcher ${n}`, email: `researcher-${n}@example.org`, password: "a long enough password" });

describe("registerUser", () => {
  beforeEach(resetDatabase);

  it("creates the account with a hashed password", async () => {
    const created = await registerUser(account(1), "192.0.2.1");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ email: "researcher-1@example.org", role: "USER" });
    expect(stored.passwordHash).toMatch(/^\$argon2/);
  });

  it("refuses an email already taken", async () => {
    await registerUser(account(1), "192.0.2.1");
    await expect(registerUser(account(1), "192.0.2.2")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.user.count()).toBe(1);
  });

  it("refuses more accounts from one address than the limit, with the wait, and writes nothing", async () => {
    for (let n = 0; n < SIGN_UP_LIMIT.limit; n++) await registerUser(account(n), "192.0.2.1");
    await expect(registerUser(account(99), "192.0.2.1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many accounts created from your address\. Try again in \d+ minutes?\.$/),
    });
    expect(await prisma.user.count({ where: { email: "researcher-99@example.org" } })).toBe(0);
    // Another address is not held back.
    await registerUser(account(99), "198.51.100.7");
    expect(await prisma.user.count()).toBe(SIGN_UP_LIMIT.limit + 1);
  });
});
