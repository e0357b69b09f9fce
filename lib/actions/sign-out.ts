"use server";

import { signOut } from "@/lib/auth";

/** Ends the session on every device (the signOut event in lib/auth.ts); the client then loads the home page afresh. */
export async function signOutUser(): Promise<{ ok: true; redirectTo: string }> {
  await signOut({ redirect: false });
  return { ok: true, redirectTo: "/" };
}
