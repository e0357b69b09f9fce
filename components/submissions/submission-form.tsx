"use client";

import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Field, inputClass } from "@/components/ui/field";
import { createSubmissionAction } from "@/lib/actions/create-submission";
import { previewChecksAction } from "@/lib/actions/preview-checks";
import { resubmitSubmissionAction } from "@/lib/actions/resubmit-submission";
import type { BenchmarkMatch, PaperLookup } from "@/lib/data/submission-form";
import type { SubmissionPreview } from "@/lib/data/submission-preview";
import { CreateSubmissionSchema, type CreateSubmission } from "@/lib/validations/submission";
import { BenchmarkFields } from "./benchmark-fields";
import { CheckList } from "./check-list";
import { CheckPlacements } from "./check-placements";
import { FormFooter } from "./form-footer";
import { FormSection } from "./form-section";
import { PaperFields } from "./paper-fields";
import { ResultRows } from "./result-rows";
import { useFormAction } from "./use-form-action";
import { useRowSettings } from "./use-row-settings";

type Props = {
  defaultValues: CreateSubmission;
  initialMatch: BenchmarkMatch | null;
  initialLookup: PaperLookup | null;
  /** Set when editing a submission sent back for changes: sending resubmits it. */
  submissionId?: string;
  /** The papers of the user's submissions waiting for review, offered as choices. */
  pendingPapers?: CreateSubmission["paper"][];
};

/** The submission form: benchmark, paper, result rows and a comment; "Check" shows the automatic checks before sending. */
export function SubmissionForm({ defaultValues, initialMatch, initialLookup, submissionId, pendingPapers }: Props) {
  const form = useForm<CreateSubmission>({ resolver: zodResolver(CreateSubmissionSchema), defaultValues, mode: "onTouched" });
  const [settings, adoptSettings] = useRowSettings(form, initialMatch?.benchmark?.settings ?? []);
  const { message, pending, run } = useFormAction(form);
  const [preview, setPreview] = useState<SubmissionPreview | null>(null);

  const check = run(
    "check",
    (values) => previewChecksAction(values, submissionId),
    (answer) => setPreview({ checks: answer.checks, placements: answer.placements }),
  );
  // On success the action redirects to the submission's page.
  const send = run("submit", (values) => (submissionId ? resubmitSubmissionAction(submissionId, values) : createSubmissionAction(values)));

  return (
    <FormProvider {...form}>
      <form onSubmit={send} noValidate className="space-y-6" data-testid="submission-form">
        <FormSection step={1} title="Benchmark" description="The task and dataset the results are evaluated on.">
          <BenchmarkFields initialMatch={initialMatch} onSettings={adoptSettings} />
        </FormSection>
        <FormSection step={2} title="Paper" description="Where the results are published.">
          <PaperFields initialLookup={initialLookup} pendingPapers={pendingPapers} />
        </FormSection>
        <FormSection step={3} title="Results" description="One row per model, up to 25 from this paper.">
          <ResultRows settings={settings} />
        </FormSection>
        <FormSection step={4} title="Check and send" description="Moderators review every submission before it is published.">
          <div className="space-y-4">
            <div aria-live="polite" className="space-y-2 empty:hidden">
              {preview && (
                <>
                  <CheckPlacements placements={preview.placements} />
                  <CheckList checks={preview.checks} />
                  {preview.checks.some((check) => check.severity === "warning") && (
                    <p className="text-sm text-slate-600">Warnings are not refusals: if a value is right, say why in the comment.</p>
                  )}
                </>
              )}
            </div>
            <Field
              id="field-comment"
              label="Comment for the moderators (optional)"
              hint="Anything they should know: answer a warning, explain a new benchmark or metric."
              error={form.formState.errors.comment?.message}
            >
              {(control) => <textarea {...control} {...form.register("comment")} rows={4} className={inputClass} />}
            </Field>
            <FormFooter
              label={submissionId ? "Resubmit for review" : "Submit for review"}
              isSending={pending === "submit"}
              isBusy={pending !== null}
              message={message}
            >
              <button type="button" onClick={check} disabled={pending !== null} className={buttonClass.secondary}>
                {pending === "check" ? "Checking…" : "Check"}
              </button>
            </FormFooter>
          </div>
        </FormSection>
      </form>
    </FormProvider>
  );
}
