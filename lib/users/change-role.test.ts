import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { resetDatabase } from "@/lib/test/reset-database";
import { changeUserRole } from "./change-role";

function createUser(email: string, role: Role) {
  return prisma.user.create({ data: { email, role } });
}

async function roleOf(id: string) {
  return (await prisma.user.findUniqueOrThrow({ where: { id } })).role;
}

beforeEach(resetDatabase);

describe("changeUserRole", () => {
  it("lets an admin change a user's role", async () => {
    const admin = await createUser("admin@example.org", "ADMIN");
    const user = await createUser("user@example.org", "USER");
    expect(await changeUserRole({ userId: admin.id }, { id: user.id }, "MODERATOR")).toMatchObject({
      email: "user@example.org",
      role: "MODERATOR",
      previousRole: "USER",
    });
    expect(await roleOf(user.id)).toBe("MODERATOR");
  });

  it.each(["USER", "MODERATOR"] as const)("refuses a %s, whatever the caller claims", async (actorRole) => {
    const actor = await createUser("actor@example.org", actorRole);
    const user = await createUser("user@example.org", "USER");
    await expect(changeUserRole({ userId: actor.id }, { id: user.id }, "ADMIN")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await roleOf(user.id)).toBe("USER");
  });

  it("reads the actor's role from the database: a demoted admin is refused", async () => {
    const actor = await createUser("former-admin@example.org", "ADMIN");
    await createUser("other-admin@example.org", "ADMIN");
    const user = await createUser("user@example.org", "USER");
    await prisma.user.update({ where: { id: actor.id }, data: { role: "USER" } });
    await expect(changeUserRole({ userId: actor.id }, { id: user.id }, "MODERATOR")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the command line change roles by email, with no admin yet", async () => {
    const user = await createUser("first@example.org", "USER");
    await changeUserRole("command-line", { email: "first@example.org" }, "ADMIN");
    expect(await roleOf(user.id)).toBe("ADMIN");
  });

  it("refuses to demote the last admin, and allows it once there is another", async () => {
    const admin = await createUser("admin@example.org", "ADMIN");
    await expect(changeUserRole({ userId: admin.id }, { id: admin.id }, "USER")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(changeUserRole("command-line", { id: admin.id }, "MODERATOR")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleOf(admin.id)).toBe("ADMIN");

    const second = await createUser("second@example.org", "ADMIN");
    await changeUserRole({ userId: second.id }, { id: admin.id }, "USER");
    expect(await roleOf(admin.id)).toBe("USER");
  });

  it("says when there is no such user", async () => {
    await expect(changeUserRole("command-line", { email: "ghost@example.org" }, "ADMIN")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records every change of role with who made it, before and after; the command line as no one", async () => {
    const admin = await createUser("admin@example.org", "ADMIN");
    const user = await createUser("user@example.org", "USER");
    await changeUserRole({ userId: admin.id }, { id: user.id }, "MODERATOR");
    await changeUserRole("command-line", { email: "user@example.org" }, "USER");
    await changeUserRole({ userId: admin.id }, { id: user.id }, "USER");
    const events = await prisma.auditEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(events).toMatchObject([
      { kind: "USER_ROLE", actorId: admin.id, userId: user.id, subject: "user@example.org", before: "USER", after: "MODERATOR" },
      { kind: "USER_ROLE", actorId: null, userId: user.id, before: "MODERATOR", after: "USER" },
    ]);
    expect(events).toHaveLength(2);
  });

  it("records nothing when the change is refused", async () => {
    const admin = await createUser("admin@example.org", "ADMIN");
    await expect(changeUserRole({ userId: admin.id }, { id: admin.id }, "USER")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});
