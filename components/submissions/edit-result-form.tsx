"use client";

import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { NEEDS_ATTENTION } from "@/lib/submissions/input-errors";
import { proposeResultEditAction } from "@/lib/actions/propose-result-edit";
import { resubmitSubmissionAction } from "@/lib/actions/resubmit-submission";
import { diffRows } from "@/lib/submissions/result-row";
import { EditResultSchema, type EditResult, type ResultRow } from "@/lib/validations/submission";
import { ChangeList } from "./change-list";
import { FormFooter } from "./form-footer";
import { FormSection } from "./form-section";
import { ResultRowFields, type RowMetric } from "./result-row-fields";

type Props = {
  resultId: string;
  metrics: RowMetric[];
  /** The result as published: the form starts from it and shows what differs. */
  published: ResultRow;
  /** A suggestion sent back for changes: its values, and sending resubmits it. */
  submission?: { id: string; values: EditResult };
};

function ChangesPreview({ published, metrics }: { published: ResultRow; metrics: RowMetric[] }) {
  const row = useWatch<EditResult, "row">({ name: "row" });
  const changes = diffRows(
    published,
    row,
    metrics.map((metric) => metric.name),
  );
  return (
    <div aria-live="polite" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="edit-preview">
      {changes.length === 0 ? <p className="text-slate-500">Nothing changed yet: edit the fields above.</p> : <ChangeList changes={changes} />}
    </div>
  );
}

/** "Suggest an edit": the published row, editable, and why; moderators see it as a diff against the published one. */
export function EditResultForm({ resultId, metrics, published, submission }: Props) {
  const form = useForm<EditResult>({
    resolver: zodResolver(EditResultSchema),
    defaultValues: submission?.values ?? { resultId, row: published, comment: "" },
    mode: "onTouched",
  });
  const { message, isBusy, submit } = useActionForm(form, { invalidMessage: NEEDS_ATTENTION });
  const send = submit((values) => (submission ? resubmitSubmissionAction(submission.id, values) : proposeResultEditAction(values)));
  return (
    <FormProvider {...form}>
      <form onSubmit={send} noValidate className="space-y-6" data-testid="edit-result-form">
        <FormSection title="The result" description="Change what is wrong; leave the rest as it is.">
          <ResultRowFields prefix="row" metrics={metrics} />
        </FormSection>
        <FormSection title="Your changes" description="What moderators will compare with the published result.">
          <div className="space-y-4">
            <ChangesPreview published={published} metrics={metrics} />
            <Field id="field-comment" label="Why" hint="What was wrong, and where the correct value comes from." error={form.formState.errors.comment?.message}>
              {(control) => <textarea {...control} {...form.register("comment")} rows={4} className={inputClass} />}
            </Field>
            <FormFooter label={submission ? "Resubmit for review" : "Send for review"} isSending={isBusy} isBusy={isBusy} message={message} />
          </div>
        </FormSection>
      </form>
    </FormProvider>
  );
}
