"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { acceptReproductionAction } from "@/lib/actions/accept-reproduction";
import { retractEvidenceAction } from "@/lib/actions/retract-evidence";
import { AcceptReproductionSchema, RetractEvidenceSchema, type AcceptReproduction, type RetractEvidence } from "@/lib/validations/trust";

/** A moderator accepts a run or log that reproduces the result, or retracts an accepted one (its trust drops at once). */
export function TrustEvidenceForm({ resultId, reproductionUrl }: { resultId: string; reproductionUrl: string | null }) {
  const router = useRouter();
  const accept = useForm<AcceptReproduction>({ resolver: zodResolver(AcceptReproductionSchema), defaultValues: { resultId, url: "" } });
  const retract = useForm<RetractEvidence>({ resolver: zodResolver(RetractEvidenceSchema), defaultValues: { resultId, reason: "" } });
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const after = (outcome: Awaited<ReturnType<typeof acceptReproductionAction>> | Awaited<ReturnType<typeof retractEvidenceAction>>) => {
    setResult(outcome);
    router.refresh();
  };
  const onAccept = accept.handleSubmit(async (values) => {
    const outcome = await acceptReproductionAction(values);
    if (!outcome.ok) applyFieldErrors(accept.setError, outcome.fieldErrors);
    after(outcome);
  });
  const onRetract = retract.handleSubmit(async (values) => {
    const outcome = await retractEvidenceAction(values);
    if (!outcome.ok) applyFieldErrors(retract.setError, outcome.fieldErrors);
    after(outcome);
  });
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
          <button type="submit" disabled={retract.formState.isSubmitting} className={buttonClass.danger}>
            Retract the reproduction
          </button>
        </form>
      ) : (
        <form onSubmit={onAccept} className="space-y-3" noValidate>
          <input type="hidden" {...accept.register("resultId")} />
          <Field id="evidence-url" label="Run or log that reproduces it" error={accept.formState.errors.url?.message}>
            {(control) => <input {...control} type="url" {...accept.register("url")} className={inputClass} />}
          </Field>
          <button type="submit" disabled={accept.formState.isSubmitting} className={buttonClass.primary}>
            Accept the reproduction
          </button>
        </form>
      )}
      <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
    </Card>
  );
}
