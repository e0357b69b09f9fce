"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { NEEDS_ATTENTION } from "@/lib/submissions/input-errors";
import { reportResultAction } from "@/lib/actions/report-result";
import { resubmitSubmissionAction } from "@/lib/actions/resubmit-submission";
import { ReportResultSchema, type ReportResult } from "@/lib/validations/submission";
import { FormFooter } from "./form-footer";

/** "Report a problem": why the result is wrong. Approved, the report retracts the result. */
export function ReportResultForm({ resultId, submission }: { resultId: string; submission?: { id: string; values: ReportResult } }) {
  const form = useForm<ReportResult>({
    resolver: zodResolver(ReportResultSchema),
    defaultValues: submission?.values ?? { resultId, reason: "" },
    mode: "onTouched",
  });
  const { message, isBusy, submit } = useActionForm(form, { invalidMessage: NEEDS_ATTENTION });
  const send = submit((values) => (submission ? resubmitSubmissionAction(submission.id, values) : reportResultAction(values)));
  return (
    <form onSubmit={send} noValidate className="space-y-4" data-testid="report-result-form">
      <Field
        id="field-reason"
        label="What is wrong?"
        hint="e.g. the value is from another split, the paper reports a different number, the model trains on test data."
        error={form.formState.errors.reason?.message}
      >
        {(control) => <textarea {...control} {...form.register("reason")} rows={5} className={inputClass} />}
      </Field>
      <FormFooter label={submission ? "Resubmit for review" : "Send the report"} isSending={isBusy} isBusy={isBusy} message={message} />
    </form>
  );
}
