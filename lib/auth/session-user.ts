import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who is signed in, as every check on the server sees it. */
export type SessionUser = { id: string; name: string | null; email: string; role: Role };

/** The user behind a session token as the database has them now; null once the account is gone. */
export function readSessionUser(userId: string): Promise<SessionUser | null> {
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } });
}
