/**
 * Where to go after signing in: only a path on this site ("/submit?benchmark=x"), never another
 * origin ("//evil.example", "https://…"), so that a link cannot send a fresh session elsewhere.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  try {
    const url = new URL(value, "http://site.invalid");
    return url.origin === "http://site.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

function withCallbackUrl(path: string, returnTo: string): string {
  const callbackUrl = safeCallbackUrl(returnTo);
  return callbackUrl === "/" ? path : `${path}?${new URLSearchParams({ callbackUrl })}`;
}

/** /signin, coming back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  return withCallbackUrl("/signin", returnTo);
}

/** /signup, coming back to `returnTo` afterwards. */
export function signUpPath(returnTo: string): string {
  return withCallbackUrl("/signup", returnTo);
}
