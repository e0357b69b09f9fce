"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth";
import { ACCOUNT_HINT_COOKIE } from "@/lib/front/account-hint.js";

/** Ends the session on every device (the signOut event in lib/auth.ts); the client then loads the home page afresh. */
export async function signOutUser(): Promise<{ ok: true; redirectTo: string }> {
  await signOut({ redirect: false });
  (await cookies()).delete(ACCOUNT_HINT_COOKIE);
  return { ok: true, redirectTo: "/" };
}
