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

/** What /signin?notice=… says above the form, after something that ends in signing in. */
const SIGN_IN_NOTICES = {
  "account-created": "Your account is created. Too many sign-in attempts came from your address just now: sign in here in a few minutes.",
  "password-reset": "Your new password is set and every session of your account has ended. Sign in with the new password.",
} as const;

export function signInNotice(notice: unknown): string | undefined {
  return typeof notice === "string" && Object.hasOwn(SIGN_IN_NOTICES, notice) ? SIGN_IN_NOTICES[notice as keyof typeof SIGN_IN_NOTICES] : undefined;
}
