// The account hint: a cookie that tells the front (server.js) whose name to show in the header of a cached
// page, so that a signed-in visitor sees their account menu at first paint while the page stays one cached
// HTML for everyone. It is set at sign-in, kept in step by the menu in the browser, cleared at sign-out, and
// is never trusted for anything but display: every read and write checks the session itself.
// Plain JavaScript: server.js loads it uncompiled; the header's React menu renders the same markup.

export const ACCOUNT_HINT_COOKIE = "pwc-account";
/** A year: the hint lives as long as a session may; a stale one is corrected by the menu on the next page. */
export const ACCOUNT_HINT_MAX_AGE = 365 * 24 * 60 * 60;
const ROLES = new Set(["USER", "MODERATOR", "ADMIN"]);

/** @typedef {{ name: string, role: "USER" | "MODERATOR" | "ADMIN", unread: number }} AccountHint */

/** The cookie's value for a hint, before the URI encoding every cookie value gets. @param {AccountHint} hint */
export function accountHintValue(hint) {
  return JSON.stringify({ n: hint.name.slice(0, 80), r: hint.role, u: hint.unread });
}

const HINT_IN_COOKIES = new RegExp(`(?:^|;\\s*)${ACCOUNT_HINT_COOKIE}=([^;]*)`);

/**
 * The hint in a Cookie header (or `document.cookie`), or null when there is none or it is not one.
 * @param {string | undefined} cookies
 * @returns {AccountHint | null}
 */
export function readAccountHint(cookies) {
  const value = cookies ? HINT_IN_COOKIES.exec(cookies)?.[1] : undefined;
  if (!value) return null;
  try {
    const { n, r, u } = JSON.parse(decodeURIComponent(value));
    if (typeof n !== "string" || !n.trim() || !ROLES.has(r)) return null;
    return { name: n.trim().slice(0, 80), role: r, unread: Number.isInteger(u) && u > 0 ? u : 0 };
  } catch {
    return null;
  }
}

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The classes of the menu's button and its parts (components/account-menu.tsx renders the same).
export const ACCOUNT_CLASSES = {
  button: "flex items-center gap-1.5 rounded-full p-1 font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 sm:pr-2.5",
  initial: "grid h-7 w-7 shrink-0 place-items-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700",
  name: "sr-only sm:not-sr-only sm:max-w-[5.5rem] sm:truncate",
  dot: "h-2 w-2 shrink-0 rounded-full bg-brand-600",
};

/**
 * The closed account button of a signed-in visitor, as the header's menu renders it: what the front puts in
 * the header of a cached page for a visitor with a hint. It works as the menu's button once the page's
 * script has loaded (the menu then renders itself in its place).
 * @param {AccountHint} hint
 */
export function accountButtonMarkup(hint) {
  const name = escapeHtml(hint.name);
  const c = ACCOUNT_CLASSES;
  return (
    `<div class="relative"><button type="button" aria-expanded="false" data-testid="account-menu-button" title="${name}" class="${c.button}">` +
    `<span aria-hidden="true" class="${c.initial}">${escapeHtml(hint.name.charAt(0).toUpperCase())}</span>` +
    `<span class="${c.name}">${name}</span>` +
    (hint.unread > 0 ? `<span aria-hidden="true" class="${c.dot}"></span>` : "") +
    `</button></div>`
  );
}

/** Where the header's account menu goes in a rendered page: the empty element it renders before it loads. */
export const ACCOUNT_SLOT = '<div class="ml-auto flex items-center text-sm" data-account-slot="">';
