import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit, formatRetryAfter } from "@/lib/rate-limit";
import type { SignUp } from "@/lib/validations/auth";

/** Accounts one address may create per window: a lab behind one address signs up a few people at once. */
export const SIGN_UP_LIMIT = { limit: 10, windowMs: 60 * 60 * 1000 } as const;

/**
 * Creates an account with a password; an email already taken is refused with CONFLICT, and past
 * SIGN_UP_LIMIT attempts from one address with RATE_LIMITED (nothing written either way).
 */
export async function registerUser(input: SignUp, clientAddress: string | null): Promise<{ id: string; email: string }> {
  if (clientAddress) {
    const outcome = await consumeRateLimit(`sign-up:address:${clientAddress}`, SIGN_UP_LIMIT.limit, SIGN_UP_LIMIT.windowMs);
    if (!outcome.allowed) {
      throw new AppError("RATE_LIMITED", `Too many accounts created from your address. Try again in ${formatRetryAfter(outcome.retryAfterSeconds)}.`);
    }
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.user.create({
      data: { name: input.name, email: input.email, passwordHash },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
    throw error;
  }
}
