import Link from "next/link";
import type { ReactNode } from "react";

/** Shown instead of a page the signed-in user's role does not open (the server also refuses the actions). */
export function AccessDenied({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl py-10 text-center" data-testid="access-denied">
      <h1>{title}</h1>
      <div className="mt-3 text-slate-600">{children}</div>
      <p className="mt-6">
        <Link href="/">Back to the catalogue</Link>
      </p>
    </div>
  );
}
