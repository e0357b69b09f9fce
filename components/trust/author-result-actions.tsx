"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { confirmResultAction } from "@/lib/actions/confirm-result";
import { disputeResultAction } from "@/lib/actions/dispute-result";
import { DisputeResultSchema, type DisputeResult } from "@/lib/validations/trust";

/** An approved author's two answers about a result: confirm it, or dispute it with a reason. */
export function AuthorResultActions({ resultId, isConfirmed, hasOpenDispute }: { resultId: string; isConfirmed: boolean; hasOpenDispute: boolean }) {
  const router = useRouter();
  const form = useForm<DisputeResult>({ resolver: zodResolver(DisputeResultSchema), defaultValues: { resultId, reason: "" } });
  // Confirming has no fields (a button, not a form); the message below is whichever answered last.
  const [confirmed, setConfirmed] = useState<{ ok: boolean; message?: string }>();
  const [isConfirming, setConfirming] = useState(false);
  const disputing = useActionForm(form, { refresh: "answer" });
  const result = confirmed ?? { ok: disputing.isOk, message: disputing.message };

  const confirm = async () => {
    setConfirming(true);
    const outcome = await confirmResultAction({ resultId });
    setConfirming(false);
    setConfirmed(outcome);
    router.refresh();
  };
  const dispute = disputing.submit(disputeResultAction, { then: () => setConfirmed(undefined) });

  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h2 className="font-semibold">Confirm</h2>
        {isConfirmed ? (
          <p data-testid="confirmed">You confirmed this result.</p>
        ) : (
          <button type="button" onClick={confirm} disabled={isConfirming || hasOpenDispute} className={buttonClass.primary}>
            Confirm this result
          </button>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">Dispute</h2>
        {hasOpenDispute ? (
          <p data-testid="disputed">Your dispute waits for a moderator.</p>
        ) : (
          <form onSubmit={dispute} className="space-y-3" noValidate>
            <input type="hidden" {...form.register("resultId")} />
            <Field
              id="dispute-reason"
              label="What is wrong?"
              hint="Public: the moderators and the result's page show it."
              error={form.formState.errors.reason?.message}
            >
              {(control) => <textarea {...control} rows={4} {...form.register("reason")} className={inputClass} />}
            </Field>
            <button type="submit" disabled={disputing.isBusy} className={buttonClass.danger}>
              Dispute this result
            </button>
          </form>
        )}
      </section>
      <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>
    </div>
  );
}
