const SITE = "http://site.invalid";

const TWO_SLASHES = /^[/\\]{2}/;

/** A path that a browser or a proxy may read as another host: "//host", "/\\host", or these encoded. */
function looksLikeAnotherHost(path: string): boolean {
  try {
    return TWO_SLASHES.test(path) || TWO_SLASHES.test(decodeURIComponent(path));
  } catch {
    return true;
  }
}

/**
 * Where to go after signing in: only a path on this site ("/submit?benchmark=x"), never another
 * origin ("//evil.example", "https://…"), so that a link cannot send a fresh session elsewhere. The value
 * is normalised first, as a browser would ("/.//evil.example" is "//evil.example"), and the result checked.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  try {
    const url = new URL(value, SITE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === SITE && !looksLikeAnotherHost(url.pathname) ? path : fallback;
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
