"use client";

import { useTransition } from "react";
import { signOutUser } from "@/lib/actions/sign-out";

/** Ends the session, then loads the home page afresh so that nothing signed-in stays on screen. */
export function SignOutButton({ className }: { className?: string }) {
  const [isPending, startTransition] = useTransition();
  const signOut = () =>
    startTransition(async () => {
      const { redirectTo } = await signOutUser();
      window.location.assign(redirectTo);
    });
  return (
    <button type="button" onClick={signOut} disabled={isPending} className={className}>
      {isPending ? "Signing out…" : "Sign out"}
    </button>
  );
}
