import type { JWT } from "next-auth/jwt";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The jwt callback: runs on every request that reads the session. The role, name and the account's
 * existence come from the database each time, so a demotion or a deletion applies on the next
 * request instead of when the token expires. A token signed before the account's last sign-out,
 * password change or role change (an older `sessionVersion`) is refused too. Null ends the session.
 */
export async function refreshSessionToken(token: JWT, signedInUserId?: string): Promise<(JWT & { role: Role; sessionVersion: number }) | null> {
  const userId = signedInUserId ?? token.sub;
  const current = userId
    ? await prisma.user.findUnique({
        where: { id: userId },
        select: { id: true, name: true, email: true, role: true, sessionVersion: true },
      })
    : null;
  if (!current) return null;
  // Tokens signed before versions existed carry none: they count as version 0.
  if (!signedInUserId && (token.sessionVersion ?? 0) !== current.sessionVersion) return null;
  return { ...token, sub: current.id, name: current.name, email: current.email, role: current.role, sessionVersion: current.sessionVersion };
}

/** Ends every session of the user, on every device: their tokens carry an older version from now on. */
export async function endSessions(userId: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
