import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { consumeRateLimit, refundRateLimit } from "@/lib/rate-limit";
import { verifyDecoyPassword, verifyPassword } from "@/lib/auth/password";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Failed sign-ins allowed per window: few per account, more per address (a lab shares one). */
export const SIGN_IN_LIMITS = {
  perEmail: { limit: 5, windowMs: FIFTEEN_MINUTES },
  perAddress: { limit: 50, windowMs: FIFTEEN_MINUTES },
} as const;

export type CredentialsCheck =
  | { ok: true; user: { id: string; name: string | null; email: string; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Every attempt takes a slot in the per-email and per-address
 * windows before the password is looked at (so parallel guesses cannot slip past the limit);
 * a correct password gives its slots back, so that only failures add up.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  clientAddress: string | null;
}): Promise<CredentialsCheck> {
  const keys = [
    { key: `sign-in:email:${input.email}`, ...SIGN_IN_LIMITS.perEmail },
    ...(input.clientAddress ? [{ key: `sign-in:address:${input.clientAddress}`, ...SIGN_IN_LIMITS.perAddress }] : []),
  ];
  const results = await Promise.all(keys.map(({ key, limit, windowMs }) => consumeRateLimit(key, limit, windowMs)));
  const waits = results.flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
  if (waits.length > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(...waits) };

  const user = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await verifyDecoyPassword(input.password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, reason: "invalid" };

  await Promise.all(keys.map(({ key }) => refundRateLimit(key)));
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
