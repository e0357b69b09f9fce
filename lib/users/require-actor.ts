import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export type Actor = { id: string; role: Role; name: string | null; email: string };

/**
 * The user acting, read from the database inside the write's transaction, so that a role removed a
 * moment ago is already gone. `userId` comes from the session or from an API token; null means anonymous.
 */
export async function requireActor(tx: Tx, userId: string | null | undefined, roles?: Role[]): Promise<Actor> {
  if (!userId) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  const actor = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, email: true } });
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your account no longer exists. Sign in again.");
  if (roles && !roles.includes(actor.role)) throw new AppError("FORBIDDEN", "Only moderators and admins can do this.");
  return actor;
}

export const REVIEWER_ROLES: Role[] = ["MODERATOR", "ADMIN"];
