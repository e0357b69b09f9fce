"use client";

import Link from "next/link";

/** Placeholder until accounts land: a sign-in link. */
export function AccountMenu() {
  return (
    <div className="text-sm">
      <Link href="/signin">Sign in</Link>
    </div>
  );
}
