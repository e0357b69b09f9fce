"use client";

import { useEffect } from "react";
import { ButtonLink, buttonClass } from "@/components/ui/button-link";

/** A page of the catalogue failed to render: say so, and offer to try again. */
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div className="mx-auto max-w-2xl py-8 text-center sm:py-16" data-testid="page-error">
      <h1>Something went wrong</h1>
      <p className="mt-3 text-slate-600">This page could not be shown just now. Trying again often helps; if it does not, the problem is ours.</p>
      {digest && <p className="mt-2 font-mono text-xs text-slate-500">Reference: {digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={() => retry()} className={buttonClass.primary}>
          Try again
        </button>
        <ButtonLink href="/">Home</ButtonLink>
      </div>
    </div>
  );
}
