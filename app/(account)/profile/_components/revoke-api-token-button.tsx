"use client";

import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button-link";
import { revokeOwnApiToken } from "@/lib/actions/revoke-api-token";

/** "Revoke", then "Revoke for good" or "Cancel": a revoked token cannot come back. */
export function RevokeApiTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  function revoke() {
    startTransition(async () => {
      const outcome = await revokeOwnApiToken({ tokenId });
      if (!outcome.ok) setError(outcome.message);
    });
  }

  if (!isConfirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={buttonClass.secondary} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-slate-600">Scripts using it stop working.</span>
      <button type="button" onClick={revoke} disabled={isPending} className={buttonClass.danger}>
        {isPending ? "Revoking…" : "Revoke for good"}
      </button>
      <button type="button" onClick={() => setConfirming(false)} disabled={isPending} className={buttonClass.secondary}>
        Cancel
      </button>
      {error && <p className="w-full text-rose-700">{error}</p>}
    </div>
  );
}
