import { z } from "zod";

// zod compiles parsers with `new Function` when it may: the site's CSP allows no eval, and even zod's
// probe for it is reported as a violation. Every form's schema imports this module.
z.config({ jitless: true });

export const UNSTORABLE_TEXT_MESSAGE = "Remove the characters that cannot be stored: a broken character (half of an emoji) or a NUL byte";

// A lone UTF-16 surrogate is not Unicode (the database driver cannot send it) and PostgreSQL refuses NUL.
const UNSTORABLE = /[\p{Cs}\0]/u;

/** Whether the database can store `value` as it is. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * z.string() for everything people and scripts send (forms, API bodies and queries): text the database
 * cannot store is refused as that field's error, not a server error. Every input schema starts from it.
 */
export function inputString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}
