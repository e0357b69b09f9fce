import type { JWT } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { readSessionUser } from "@/lib/auth/session-user";

/**
 * The jwt callback: runs on every request that reads the session. The role, name and the account's
 * existence come from the database each time, so a demotion or a deletion applies on the next
 * request instead of when the token expires. Null ends the session.
 */
export async function refreshSessionToken(token: JWT, signedInUserId?: string): Promise<(JWT & { role: Role }) | null> {
  const userId = signedInUserId ?? token.sub;
  const current = userId ? await readSessionUser(userId) : null;
  if (!current) return null;
  return { ...token, sub: current.id, name: current.name, email: current.email, role: current.role };
}
