"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";
import { decideClaimAction } from "@/lib/actions/decide-claim";

/** Approve or reject one author claim. */
export function DecideClaimForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const [isBusy, setBusy] = useState(false);
  const decide = async (decision: "approve" | "reject") => {
    setBusy(true);
    const outcome = await decideClaimAction({ claimId, decision, reason: "" });
    setBusy(false);
    setResult(outcome);
    if (outcome.ok) router.refresh();
  };
  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <button type="button" disabled={isBusy} onClick={() => decide("approve")} className={buttonClass.primary}>
          Approve claim
        </button>
        <button type="button" disabled={isBusy} onClick={() => decide("reject")} className={buttonClass.secondary}>
          Reject claim
        </button>
      </div>
      <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
    </div>
  );
}
