import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";

/** The demo's accounts (README.md states them). They exist only where PWC_DEMO=on, never in a deployment. */
export const DEMO_ACCOUNTS = [
  { role: "ADMIN", name: "Demo Admin", email: "admin@example.org", password: "demo-admin-password" },
  { role: "MODERATOR", name: "Demo Moderator", email: "moderator@example.org", password: "demo-moderator-password" },
  { role: "USER", name: "Demo User", email: "user@example.org", password: "demo-user-password" },
] as const satisfies readonly { role: Role; name: string; email: string; password: string }[];

/**
 * Creates the demo accounts that are missing (an account that exists is left as it is); does nothing
 * unless the demo is on. Returns the emails it created.
 */
export async function createDemoAccounts(isDemo = env.PWC_DEMO === "on"): Promise<string[]> {
  if (!isDemo) return [];
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    const passwordHash = await hashPassword(account.password);
    await prisma.user.create({ data: { name: account.name, email: account.email, role: account.role, passwordHash } });
    created.push(account.email);
  }
  return created;
}
