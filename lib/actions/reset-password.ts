"use server";

import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { resetPassword } from "@/lib/users/password-reset";
import { ResetPasswordSchema, type ResetPassword } from "@/lib/validations/auth";

/** /reset-password: the link's new password; then to /signin, every session ended. */
export async function resetPasswordAction(input: unknown): Promise<FormResult<ResetPassword>> {
  const parsed = ResetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await resetPassword(parsed.data.token, parsed.data.newPassword);
  } catch (error) {
    return refusal(error);
  }
  return { ok: true, redirectTo: "/signin?notice=password-reset" };
}
