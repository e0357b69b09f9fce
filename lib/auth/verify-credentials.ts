import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { claimBackoffAttempt, clearBackoff, consumeRateLimit, refundRateLimit } from "@/lib/rate-limit";
import { verifyDecoyPassword, verifyPassword } from "@/lib/auth/password";

const MINUTE = 60 * 1000;

/**
 * Slow the attacker, not the owner. Failures count per address and account together, with a back-off
 * (five at once, then one after 1, 2, 4, 8, at most 15 minutes), so guesses from elsewhere never
 * lock the owner out; and per address across accounts (a lab shares one), so one address cannot
 * sweep many accounts. A signed-in device is never asked: its session does not depend on either.
 */
export const SIGN_IN_LIMITS = {
  perPair: { freeAttempts: 5, firstWaitMs: MINUTE, maxWaitMs: 15 * MINUTE, resetAfterMs: 60 * MINUTE },
  perAddress: { limit: 50, windowMs: 15 * MINUTE },
} as const;

export type CredentialsCheck =
  | { ok: true; user: { id: string; name: string | null; email: string; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** The back-off counter of one address (or none known) and one email. */
export function pairKey(clientAddress: string | null, email: string): string {
  return `sign-in:pair:${clientAddress ?? "unknown"}:${email}`;
}

/**
 * Checks an email and password. Every attempt takes its slot in the pair's back-off and the
 * address's window before the password is looked at (so parallel guesses cannot slip past the
 * limit); a correct password clears the pair and gives the address's slot back, so that only
 * failures add up.
 */
export async function verifyCredentials(input: { email: string; password: string; clientAddress: string | null }): Promise<CredentialsCheck> {
  const pair = pairKey(input.clientAddress, input.email);
  const address = input.clientAddress ? `sign-in:address:${input.clientAddress}` : null;
  const { perAddress, perPair } = SIGN_IN_LIMITS;
  const results = await Promise.all([
    claimBackoffAttempt(pair, perPair),
    ...(address ? [consumeRateLimit(address, perAddress.limit, perAddress.windowMs)] : []),
  ]);
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

  await Promise.all([clearBackoff(pair), ...(address ? [refundRateLimit(address)] : [])]);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
