"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, inputClass } from "@/components/ui/field";
import { reportResultAction } from "@/lib/actions/report-result";
import { resubmitSubmissionAction } from "@/lib/actions/resubmit-submission";
import { ReportResultSchema, type ReportResult } from "@/lib/validations/submission";
import { FormFooter } from "./form-footer";
import { useFormAction } from "./use-form-action";

/** "Report a problem": why the result is wrong. Approved, the report retracts the result. */
export function ReportResultForm({ resultId, submission }: { resultId: string; submission?: { id: string; values: ReportResult } }) {
  const form = useForm<ReportResult>({
    resolver: zodResolver(ReportResultSchema),
    defaultValues: submission?.values ?? { resultId, reason: "" },
    mode: "onTouched",
  });
  const { message, pending, run } = useFormAction(form);
  const send = run("send", (values) => (submission ? resubmitSubmissionAction(submission.id, values) : reportResultAction(values)));
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
      <FormFooter label={submission ? "Resubmit for review" : "Send the report"} isSending={pending !== null} isBusy={pending !== null} message={message} />
    </form>
  );
}
