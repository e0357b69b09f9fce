import { recordAuditEvents, roleChange } from "@/lib/audit/audit-events";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who asks: a signed-in user (who must be an admin), or the operator at the command line. */
export type RoleChangeActor = { userId: string } | "command-line";

export type RoleChange = { id: string; email: string; name: string | null; role: Role; previousRole: Role };

/**
 * Gives a user a new role. Only an admin may (the command line may always: it is how the first
 * admin is made), and the last admin cannot be demoted, or nobody could change roles again. The change
 * is an audit event, shown in /moderation/log.
 */
export async function changeUserRole(actor: RoleChangeActor, target: { id: string } | { email: string }, role: Role): Promise<RoleChange> {
  // Serializable: two admins demoting each other at once cannot both succeed and leave none.
  return prisma.$transaction(
    async (tx) => {
      if (actor !== "command-line") {
        const acting = await tx.user.findUnique({ where: { id: actor.userId }, select: { role: true } });
        if (acting?.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can change roles.");
      }
      const user = await tx.user.findUnique({ where: target, select: { id: true, email: true, name: true, role: true } });
      if (!user) throw new AppError("NOT_FOUND", "There is no such user.");
      if (user.role === role) return { ...user, previousRole: user.role };

      // A new role ends the user's sessions: their next request signs in afresh with it.
      await tx.user.update({ where: { id: user.id }, data: { role, sessionVersion: { increment: 1 } } });
      await recordAuditEvents(tx, { actorId: actor === "command-line" ? null : actor.userId }, [roleChange(user, user.role, role)]);
      if (user.role === "ADMIN" && (await tx.user.count({ where: { role: "ADMIN" } })) === 0) {
        throw new AppError("CONFLICT", "This is the last admin: make someone else an admin first.");
      }
      return { ...user, role, previousRole: user.role };
    },
    { isolationLevel: "Serializable" },
  );
}
