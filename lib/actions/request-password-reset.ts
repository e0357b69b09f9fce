"use server";

import { headers } from "next/headers";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { clientAddressOf } from "@/lib/client-address";
import { isAppError } from "@/lib/errors";
import { requestPasswordReset } from "@/lib/users/password-reset";
import { RequestPasswordResetSchema, type RequestPasswordReset } from "@/lib/validations/auth";

/** /forgot-password: mails a reset link, with one answer whether or not the account exists. */
export async function requestPasswordResetAction(input: unknown): Promise<FormResult<RequestPasswordReset>> {
  const parsed = RequestPasswordResetSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await requestPasswordReset(parsed.data.email, clientAddressOf({ headers: await headers() }));
  } catch (error) {
    if (isAppError(error)) return refusal(error);
    console.error("[mail] the reset mail could not be sent:", error);
    return { ok: false, message: "The mail could not be sent just now. Please try again in a few minutes." };
  }
  return {
    ok: true,
    message: `If an account uses ${parsed.data.email}, a link to set a new password is on its way there. It works once, for an hour.`,
  };
}
