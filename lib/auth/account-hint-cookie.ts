// Client side: the account hint cookie (lib/front/account-hint.js) kept in step with the session the menu read.
import { ACCOUNT_HINT_COOKIE, ACCOUNT_HINT_MAX_AGE, accountHintValue, readAccountHint, type AccountHint } from "@/lib/front/account-hint.js";

/** The hint this browser holds, or null. */
export function readHintCookie(): AccountHint | null {
  return readAccountHint(document.cookie);
}

/**
 * The hint as a store for useSyncExternalStore: its value ("" when none) in the browser, null while the page
 * hydrates (the server knows no cookie), so that the first render matches the server's HTML.
 */
export const hintStore = {
  subscribe: () => () => {},
  value: (): string => accountHintValue(readHintCookie() ?? { name: "", role: "USER", unread: 0 }),
  serverValue: (): string | null => null,
};

/** Writes the hint when it changed; null clears it (signed out). */
export function writeHintCookie(hint: AccountHint | null): void {
  const current = readHintCookie();
  if (hint && current && accountHintValue(hint) === accountHintValue(current)) return;
  if (!hint && !current) return;
  document.cookie = hint
    ? `${ACCOUNT_HINT_COOKIE}=${encodeURIComponent(accountHintValue(hint))}; path=/; max-age=${ACCOUNT_HINT_MAX_AGE}; samesite=lax`
    : `${ACCOUNT_HINT_COOKIE}=; path=/; max-age=0; samesite=lax`;
}
