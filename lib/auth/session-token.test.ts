import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { refreshSessionToken } from "./session-token";

beforeEach(resetDatabase);

describe("refreshSessionToken (the jwt callback)", () => {
  it("puts the user's role in the token at sign-in", async () => {
    const user = await prisma.user.create({ data: { email: "mod@example.org", name: "Mo", role: "MODERATOR" } });
    expect(await refreshSessionToken({}, user.id)).toMatchObject({ sub: user.id, role: "MODERATOR", name: "Mo" });
  });

  it("takes a role change on the very next request, whatever the token says", async () => {
    const user = await prisma.user.create({ data: { email: "mod@example.org", role: "MODERATOR" } });
    const token = await refreshSessionToken({}, user.id);
    await prisma.user.update({ where: { id: user.id }, data: { role: "USER", name: "Renamed" } });
    expect(await refreshSessionToken(token!)).toMatchObject({ sub: user.id, role: "USER", name: "Renamed" });
  });

  it("ends the session of an account that no longer exists, or of a token without a user", async () => {
    const user = await prisma.user.create({ data: { email: "gone@example.org" } });
    const token = await refreshSessionToken({}, user.id);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await refreshSessionToken(token!)).toBeNull();
    expect(await refreshSessionToken({})).toBeNull();
  });
});
