import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { currentUser, requireRole, requireUser, runAsUser } from "./auth";
import { authSecret } from "./auth/secret";

beforeEach(resetDatabase);

describe("requireUser and requireRole", () => {
  it("refuse an anonymous caller with UNAUTHENTICATED", async () => {
    await expect(runAsUser(null, requireUser)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(runAsUser(null, () => requireRole("USER"))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuse a role that is not listed with FORBIDDEN, and let a listed one through", async () => {
    const moderator = await prisma.user.create({ data: { email: "mod@example.org", role: "MODERATOR" } });
    await expect(runAsUser(moderator.id, () => requireRole("ADMIN"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runAsUser(moderator.id, () => requireRole("MODERATOR", "ADMIN"))).resolves.toMatchObject({
      id: moderator.id,
      role: "MODERATOR",
    });
  });

  it("see the role the database holds now", async () => {
    const user = await prisma.user.create({ data: { email: "was-admin@example.org", role: "ADMIN" } });
    await prisma.user.update({ where: { id: user.id }, data: { role: "USER" } });
    await expect(runAsUser(user.id, () => requireRole("ADMIN"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("treat a deleted account as anonymous", async () => {
    expect(await runAsUser("no-such-id", currentUser)).toBeNull();
  });
});

describe("authSecret", () => {
  it("uses AUTH_SECRET when set", () => {
    expect(authSecret({ AUTH_SECRET: "x".repeat(32), NODE_ENV: "production", PWC_DEMO: "off" })).toBe("x".repeat(32));
  });

  it("has a built-in secret for development and the demo, none for a deployment", () => {
    expect(authSecret({ NODE_ENV: "development", PWC_DEMO: "off" })).toEqual(expect.any(String));
    expect(authSecret({ NODE_ENV: "production", PWC_DEMO: "on" })).toEqual(expect.any(String));
    expect(authSecret({ NODE_ENV: "production", PWC_DEMO: "off" })).toBeUndefined();
  });
});
