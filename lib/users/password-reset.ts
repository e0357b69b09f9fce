import { configuredSiteUrl } from "@/lib/site-url";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { sendMail } from "@/lib/mail/send-mail";
import { consumeRateLimit, formatRetryAfter } from "@/lib/rate-limit";

const HOUR = 60 * 60 * 1000;

/** How long a link works, and how many links an address may ask for and one email may receive. */
export const PASSWORD_RESET = {
  validForMs: HOUR,
  perAddress: { limit: 10, windowMs: HOUR },
  perEmail: { limit: 3, windowMs: HOUR },
} as const;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The page a reset link opens. */
export function resetLinkOf(token: string): string {
  return `${configuredSiteUrl()}/reset-password?${new URLSearchParams({ token })}`;
}

/**
 * "Forgot password?": mails the account with this email a single-use link that works for an hour
 * (only the token's hash is stored). The same answer whether or not the account exists; an address
 * asking too often is refused with RATE_LIMITED, an email asked for too often gets no more mail.
 */
export async function requestPasswordReset(email: string, clientAddress: string | null): Promise<void> {
  if (clientAddress) {
    const { limit, windowMs } = PASSWORD_RESET.perAddress;
    const outcome = await consumeRateLimit(`password-reset:address:${clientAddress}`, limit, windowMs);
    if (!outcome.allowed)
      throw new AppError("RATE_LIMITED", `Too many reset requests from your address. Try again in ${formatRetryAfter(outcome.retryAfterSeconds)}.`);
  }
  const { limit, windowMs } = PASSWORD_RESET.perEmail;
  if (!(await consumeRateLimit(`password-reset:email:${email}`, limit, windowMs)).allowed) return;
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;

  const token = randomBytes(32).toString("base64url");
  const reset = await prisma.passwordReset.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_RESET.validForMs) },
    select: { id: true },
  });
  try {
    await sendMail({
      to: email,
      subject: "Set a new password for Papers With Code 2",
      text:
        "Someone, probably you, asked to set a new password for your account on Papers With Code 2.\n\n" +
        `Open this link within an hour to choose it (the link works once):\n${resetLinkOf(token)}\n\n` +
        "If you did not ask, ignore this mail: your password stays as it is.\n",
    });
  } catch (error) {
    await prisma.passwordReset.delete({ where: { id: reset.id } });
    throw error;
  }
}

/**
 * Sets a new password with a reset link's token: the token must be unused and unexpired, and is used
 * up in the same write. Every session of the account ends, and its other links stop working.
 */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(newPassword);
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const tokenHash = hashToken(token);
    const used = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) throw new AppError("NOT_FOUND", "This link has expired or was already used. Ask for a new one below.");
    const { userId } = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    await tx.passwordReset.deleteMany({ where: { userId, usedAt: null } });
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
  });
}
