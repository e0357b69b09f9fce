"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { decideSubmissionAction } from "@/lib/actions/decide-submission";
import { ReviewDecisionSchema, type ReviewDecision } from "@/lib/validations/submission";

/**
 * Approve, request changes or reject; the last two need a reason, which the submitter reads. Once
 * decided (the page refreshes), only the outcome stays, so that the moderator still reads it.
 */
export function DecisionForm({ submissionId, isOpen }: { submissionId: string; isOpen: boolean }) {
  const router = useRouter();
  const form = useForm<ReviewDecision>({ resolver: zodResolver(ReviewDecisionSchema), defaultValues: { submissionId, decision: "approve", reason: "" } });
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();
  const { isSubmitting, errors } = form.formState;

  const decide = (decision: ReviewDecision["decision"]) => {
    form.setValue("decision", decision);
    form.clearErrors();
    return form.handleSubmit(async (values) => {
      setResult(undefined);
      const outcome = await decideSubmissionAction(values);
      if (!outcome.ok) applyFieldErrors(form.setError, outcome.fieldErrors);
      setResult(outcome);
      if (outcome.ok || !outcome.fieldErrors) router.refresh();
    })();
  };

  if (!isOpen) return result?.message ? <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage> : null;
  return (
    <Card title="Decision">
      <form onSubmit={(event) => event.preventDefault()} className="space-y-3" aria-label="Decide this submission">
        <Field
          id="decision-reason"
          label="Reason"
          hint="Required to reject or request changes; the submitter reads it. Optional when approving."
          error={errors.reason?.message}
        >
          {(control) => <textarea {...control} rows={4} {...form.register("reason")} className={inputClass} />}
        </Field>
        <div className="flex flex-wrap gap-2">
          <button type="button" disabled={isSubmitting} onClick={() => decide("approve")} className={buttonClass.primary}>
            Approve
          </button>
          <button type="button" disabled={isSubmitting} onClick={() => decide("request_changes")} className={buttonClass.secondary}>
            Request changes
          </button>
          <button type="button" disabled={isSubmitting} onClick={() => decide("reject")} className={buttonClass.danger}>
            Reject
          </button>
        </div>
        <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
      </form>
    </Card>
  );
}
