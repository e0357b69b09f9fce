import "server-only";
import { cookies } from "next/headers";
import { countUnreadDecisions } from "@/lib/data/submissions";
import { prisma } from "@/lib/db";
import { ACCOUNT_HINT_COOKIE, ACCOUNT_HINT_MAX_AGE, accountHintValue } from "@/lib/front/account-hint.js";

/**
 * After a sign-in: the hint cookie with the account's display name, role and unread count, so that the
 * first cached page already shows the account menu (lib/front/account-hint.js). Display only, never trusted.
 */
export async function rememberAccountHint(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true } });
  if (!user) return;
  const hint = { name: user.name?.trim() || user.email, role: user.role, unread: await countUnreadDecisions(user.id) };
  (await cookies()).set(ACCOUNT_HINT_COOKIE, accountHintValue(hint), { path: "/", sameSite: "lax", maxAge: ACCOUNT_HINT_MAX_AGE });
}
