import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import { changeUserRole } from "@/lib/users/change-role";
import { endSessions, refreshSessionToken } from "./session-token";

beforeEach(resetDatabase);

describe("refreshSessionToken (the jwt callback)", () => {
  it("puts the user's role in the token at sign-in", async () => {
    const user = await prisma.user.create({ data: { email: "mod@example.org", name: "Mo", role: "MODERATOR" } });
    expect(await refreshSessionToken({}, user.id)).toMatchObject({ sub: user.id, role: "MODERATOR", name: "Mo" });
  });

  it("takes a new name on the very next request, whatever the token says", async () => {
    const user = await prisma.user.create({ data: { email: "mod@example.org", role: "MODERATOR" } });
    const token = await refreshSessionToken({}, user.id);
    await prisma.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
    expect(await refreshSessionToken(token!)).toMatchObject({ sub: user.id, role: "MODERATOR", name: "Renamed" });
  });

  it("ends every session of the user once their sessions are ended (sign-out, new password)", async () => {
    const user = await prisma.user.create({ data: { email: "mod@example.org", role: "MODERATOR" } });
    const laptop = await refreshSessionToken({}, user.id);
    const copied = { ...laptop! };
    await endSessions(user.id);
    expect(await refreshSessionToken(laptop!)).toBeNull();
    expect(await refreshSessionToken(copied)).toBeNull();
    // Signing in again gives a token of the new version.
    const fresh = await refreshSessionToken({}, user.id);
    expect(await refreshSessionToken(fresh!)).toMatchObject({ sub: user.id, sessionVersion: 1 });
  });

  it("ends the sessions of a user whose role changes", async () => {
    const user = await prisma.user.create({ data: { email: "mod@example.org", role: "MODERATOR" } });
    const token = await refreshSessionToken({}, user.id);
    await changeUserRole("command-line", { id: user.id }, "USER");
    expect(await refreshSessionToken(token!)).toBeNull();
  });

  it("keeps a token signed before session versions existed, until the first ending", async () => {
    const user = await prisma.user.create({ data: { email: "old@example.org" } });
    const { sessionVersion: _, ...older } = (await refreshSessionToken({}, user.id))!;
    expect(await refreshSessionToken(older)).toMatchObject({ sub: user.id });
    await endSessions(user.id);
    expect(await refreshSessionToken(older)).toBeNull();
  });

  it("ends the session of an account that no longer exists, or of a token without a user", async () => {
    const user = await prisma.user.create({ data: { email: "gone@example.org" } });
    const token = await refreshSessionToken({}, user.id);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await refreshSessionToken(token!)).toBeNull();
    expect(await refreshSessionToken({})).toBeNull();
  });
});
