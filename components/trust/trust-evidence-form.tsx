"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { acceptReproductionAction } from "@/lib/actions/accept-reproduction";
import { retractEvidenceAction } from "@/lib/actions/retract-evidence";
import { AcceptReproductionSchema, RetractEvidenceSchema, type AcceptReproduction, type RetractEvidence } from "@/lib/validations/trust";

/** A moderator accepts a run or log that reproduces the result, or retracts an accepted one (its trust drops at once). */
export function TrustEvidenceForm({ resultId, reproductionUrl }: { resultId: string; reproductionUrl: string | null }) {
  const accept = useForm<AcceptReproduction>({ resolver: zodResolver(AcceptReproductionSchema), defaultValues: { resultId, url: "" } });
  const retract = useForm<RetractEvidence>({ resolver: zodResolver(RetractEvidenceSchema), defaultValues: { resultId, reason: "" } });
  // The refresh swaps one form for the other: the message of the one that answered last stays below both.
  const accepting = useActionForm(accept, { refresh: "answer" });
  const retracting = useActionForm(retract, { refresh: "answer" });
  const [last, setLast] = useState<"accept" | "retract">();
  const shown = last === "accept" ? accepting : last === "retract" ? retracting : undefined;
  const onAccept = accepting.submit(acceptReproductionAction, { then: () => setLast("accept") });
  const onRetract = retracting.submit(retractEvidenceAction, { then: () => setLast("retract") });
  return (
    <Card title="Reproduction">
      {reproductionUrl ? (
        <form onSubmit={onRetract} className="space-y-3" noValidate>
          <p className="text-sm">
            Accepted: <a href={reproductionUrl}>{reproductionUrl}</a>
          </p>
          <input type="hidden" {...retract.register("resultId")} />
          <Field id="evidence-reason" label="Why it no longer holds" error={retract.formState.errors.reason?.message}>
            {(control) => <textarea {...control} rows={2} {...retract.register("reason")} className={inputClass} />}
          </Field>
          <button type="submit" disabled={retracting.isBusy} className={buttonClass.danger}>
            Retract the reproduction
          </button>
        </form>
      ) : (
        <form onSubmit={onAccept} className="space-y-3" noValidate>
          <input type="hidden" {...accept.register("resultId")} />
          <Field id="evidence-url" label="Run or log that reproduces it" error={accept.formState.errors.url?.message}>
            {(control) => <input {...control} type="url" {...accept.register("url")} className={inputClass} />}
          </Field>
          <button type="submit" disabled={accepting.isBusy} className={buttonClass.primary}>
            Accept the reproduction
          </button>
        </form>
      )}
      <FormMessage tone={shown?.tone}>{shown?.message}</FormMessage>
    </Card>
  );
}
