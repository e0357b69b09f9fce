"use server";

import { headers } from "next/headers";
import { signIn, SignInRateLimited } from "@/lib/auth";
import { rememberAccountHint } from "@/lib/auth/account-hint";
import { safeCallbackUrl, signInPath } from "@/lib/auth/callback-url";
import { isAppError } from "@/lib/errors";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { clientAddressOf } from "@/lib/client-address";
import { registerUser } from "@/lib/users/register-user";
import { SignUpSchema, type SignUp } from "@/lib/validations/auth";

/**
 * Creates an account and signs it in. When the address may not sign in just now (its sign-in limit is
 * spent), the account stays created and the user is sent to /signin, told so, instead of a 500.
 */
export async function signUpWithPassword(input: unknown, callbackUrl: unknown): Promise<FormResult<SignUp>> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await registerUser(parsed.data, clientAddressOf({ headers: await headers() }));
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { ok: false, fieldErrors: { email: [error.message] } };
    return refusal(error);
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (!(error instanceof SignInRateLimited)) throw error;
    const page = signInPath(safeCallbackUrl(callbackUrl));
    return { ok: true, redirectTo: `${page}${page.includes("?") ? "&" : "?"}notice=account-created` };
  }
  await rememberAccountHint(parsed.data.email);
  return { ok: true, redirectTo: safeCallbackUrl(callbackUrl) };
}
