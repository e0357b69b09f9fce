import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { createDemoAccounts, DEMO_ACCOUNTS } from "./demo-accounts";
import { verifyCredentials } from "./verify-credentials";

beforeEach(resetDatabase);

describe("createDemoAccounts", () => {
  it("creates nothing unless the demo is on", async () => {
    expect(await createDemoAccounts(false)).toEqual([]);
    expect(await prisma.user.count()).toBe(0);
  });

  it("creates an admin, a moderator and a user who can sign in with the stated passwords", async () => {
    expect(await createDemoAccounts(true)).toHaveLength(3);
    expect(DEMO_ACCOUNTS.map((account) => account.role).sort()).toEqual(["ADMIN", "MODERATOR", "USER"]);
    for (const account of DEMO_ACCOUNTS) {
      const check = await verifyCredentials({ email: account.email, password: account.password, clientAddress: null });
      expect(check).toMatchObject({ ok: true, user: { email: account.email, role: account.role } });
    }
  });

  it("is idempotent and leaves an existing account as it is", async () => {
    await createDemoAccounts(true);
    await prisma.user.update({ where: { email: DEMO_ACCOUNTS[2].email }, data: { name: "Renamed" } });
    expect(await createDemoAccounts(true)).toEqual([]);
    expect(await prisma.user.count()).toBe(3);
    expect(await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS[2].email } })).toMatchObject({ name: "Renamed" });
  });
});
