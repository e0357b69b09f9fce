import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_LIMITS } from "@/lib/auth/verify-credentials";
import { claimBackoffAttempt, clearBackoff, formatRetryAfter } from "@/lib/rate-limit";

/**
 * The signed-in user sets a new password, giving the current one (whose guesses back off as sign-ins
 * do, so that a borrowed session cannot try many). Every session of the account ends.
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<{ email: string }> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  if (!user.passwordHash) {
    throw new AppError("CONFLICT", "Your account has no password yet: sign out and use “Forgot password?” on the sign-in page to set one.");
  }
  const attempts = `password-change:${userId}`;
  const claim = await claimBackoffAttempt(attempts, SIGN_IN_LIMITS.perPair);
  if (!claim.allowed) throw new AppError("RATE_LIMITED", `Too many wrong passwords. Try again in ${formatRetryAfter(claim.retryAfterSeconds)}.`);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_INPUT", "This is not your current password.");
  }
  await clearBackoff(attempts);
  const passwordHash = await hashPassword(input.newPassword);
  // Conditional on the hash just checked: of two changes at once, the second finds it gone.
  const changed = await prisma.user.updateMany({
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  if (changed.count !== 1) throw new AppError("CONFLICT", "Your password was changed meanwhile. Sign in again.");
  return { email: user.email };
}
