import { formatRetryAfter } from "@/lib/rate-limit";

/** The one answer for an unknown email and for a wrong password: it does not tell which accounts exist. */
export const INVALID_CREDENTIALS_MESSAGE = "Incorrect email or password.";

export function signInRateLimitedMessage(retryAfterSeconds: number): string {
  return `Too many sign-in attempts. Try again in ${formatRetryAfter(retryAfterSeconds)}.`;
}

/** What /signin?error=… (where Auth.js sends failed OAuth and form-less sign-ins) tells the user. */
export function signInErrorMessage(error: unknown, code: unknown): string | undefined {
  if (typeof error !== "string" || !error) return undefined;
  if (error === "CredentialsSignin") {
    return code === "rate_limited" ? "Too many sign-in attempts. Try again in a few minutes." : INVALID_CREDENTIALS_MESSAGE;
  }
  if (error === "OAuthAccountNotLinked") return "An account with this email already exists here: sign in with your password.";
  if (error === "AccessDenied") return "Sign-in was cancelled or refused.";
  return "Signing in did not work. Please try again.";
}
