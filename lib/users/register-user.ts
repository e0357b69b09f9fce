import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import type { SignUp } from "@/lib/validations/auth";

/** Creates an account with a password; an email already taken is refused with CONFLICT. */
export async function registerUser(input: SignUp): Promise<{ id: string; email: string }> {
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
