"use server";

import { signIn, requireWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { isAppError } from "@/lib/errors";
import { changePassword } from "@/lib/users/change-password";
import { ChangePasswordSchema, type ChangePassword } from "@/lib/validations/auth";

/**
 * /profile: a new password ends every session of the account; this device signs in again with it,
 * so that only the others are signed out. The client then loads `redirectTo` afresh: this request's
 * own render still holds the old cookie.
 */
export async function changeOwnPassword(input: unknown): Promise<FormResult<ChangePassword>> {
  const parsed = ChangePasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  let email: string;
  try {
    const user = await requireWriter();
    ({ email } = await changePassword(user.id, parsed.data));
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { ok: false, fieldErrors: { currentPassword: [error.message] } };
    return refusal(error);
  }
  try {
    await signIn("credentials", { email, password: parsed.data.newPassword, redirect: false });
  } catch {
    return { ok: true, redirectTo: "/signin?notice=password-reset" };
  }
  return { ok: true, redirectTo: "/profile?notice=password-changed" };
}
