"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";
import { withdrawSubmissionAction } from "@/lib/actions/withdraw-submission";

/** Takes a pending submission back, after a second click to confirm. */
export function WithdrawButton({ submissionId }: { submissionId: string }) {
  const [isConfirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const router = useRouter();

  const withdraw = () =>
    startTransition(async () => {
      const answer = await withdrawSubmissionAction(submissionId);
      if (answer.ok) router.refresh();
      else setMessage(answer.message);
    });

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      {isConfirming ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700">Withdraw it from the review queue?</span>
          <button type="button" onClick={withdraw} disabled={isPending} className={`${buttonClass.primary} bg-rose-600 hover:bg-rose-700`}>
            {isPending ? "Withdrawing…" : "Yes, withdraw"}
          </button>
          <button type="button" onClick={() => setConfirming(false)} disabled={isPending} className={buttonClass.secondary}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={buttonClass.secondary}>
          Withdraw
        </button>
      )}
      <FormMessage>{message}</FormMessage>
    </div>
  );
}
