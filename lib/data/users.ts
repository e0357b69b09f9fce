import "server-only";
import { prisma } from "@/lib/db";
import { containsText } from "@/lib/text-filter";

export const USERS_PER_PAGE = 25;

/** /admin/users: users whose email contains `query`, newest first. Emails are stored lower-case. */
export async function listUsers({ query, page }: { query: string; page: number }) {
  const where = query ? { email: containsText(query) } : {};
  const [users, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
    prisma.user.count({ where }),
  ]);
  return { users, total, pageCount: Math.max(1, Math.ceil(total / USERS_PER_PAGE)) };
}

export type UserListEntry = Awaited<ReturnType<typeof listUsers>>["users"][number];

/** /profile: what a user sees of their own account, and how they can sign in. */
export async function getProfile(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      role: true,
      createdAt: true,
      passwordHash: true,
      accounts: { select: { provider: true } },
    },
  });
  if (!user) return null;
  const { passwordHash, accounts, ...profile } = user;
  return { ...profile, hasPassword: passwordHash !== null, providers: accounts.map((account) => account.provider) };
}
