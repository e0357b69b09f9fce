"use server";

import { CredentialsSignin } from "next-auth";
import { signIn, SignInRateLimited } from "@/lib/auth";
import { rememberAccountHint } from "@/lib/auth/account-hint";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { INVALID_CREDENTIALS_MESSAGE, signInRateLimitedMessage } from "@/lib/auth/messages";
import { invalidInput, type FormResult } from "@/lib/actions/form-result";
import { SignInSchema, type SignIn } from "@/lib/validations/auth";

/** Signs in with email and password; the client then loads `redirectTo` afresh, header included. */
export async function signInWithPassword(input: unknown, callbackUrl: unknown): Promise<FormResult<SignIn>> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    // The rate limit and the password check run in the Credentials provider's authorize (lib/auth.ts).
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof SignInRateLimited) return { ok: false, message: signInRateLimitedMessage(error.retryAfterSeconds) };
    if (error instanceof CredentialsSignin) return { ok: false, message: INVALID_CREDENTIALS_MESSAGE };
    throw error;
  }
  await rememberAccountHint(parsed.data.email);
  return { ok: true, redirectTo: safeCallbackUrl(callbackUrl) };
}
