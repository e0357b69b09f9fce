import { AsyncLocalStorage } from "node:async_hooks";
import { readSessionUser, type SessionUser } from "@/lib/auth/session-user";

const actingUser = new AsyncLocalStorage<{ user: SessionUser | null }>();

/**
 * Runs `work` as the given user (null: anonymous) instead of the session cookie's: for the API, whose
 * callers sign requests with a token, and for tests. requireUser()/requireRole() inside `work` see
 * this user, read from the database now, so their role is current.
 */
export async function runAsUser<T>(userId: string | null, work: () => Promise<T>): Promise<T> {
  const user = userId ? await readSessionUser(userId) : null;
  return actingUser.run({ user }, work);
}

/** The user set by runAsUser around this call, or undefined outside of it (then the session counts). */
export function actingUserOverride(): { user: SessionUser | null } | undefined {
  return actingUser.getStore();
}
