import { AsyncLocalStorage } from "node:async_hooks";
import { readSessionUser, type SessionUser } from "@/lib/auth/session-user";

const actingUser = new AsyncLocalStorage<{ user: SessionUser | null }>();

/**
 * Runs `work` as the given user (null: anonymous) instead of the session cookie's: for unit tests, which
 * call actions and route handlers without a browser (the API itself passes its token's user id to the
 * domain functions). requireUser()/requireRole() inside `work` see this user, read from the database now.
 */
export async function runAsUser<T>(userId: string | null, work: () => Promise<T>): Promise<T> {
  const user = userId ? await readSessionUser(userId) : null;
  return actingUser.run({ user }, work);
}

/** The user set by runAsUser around this call, or undefined outside of it (then the session counts). */
export function actingUserOverride(): { user: SessionUser | null } | undefined {
  return actingUser.getStore();
}
