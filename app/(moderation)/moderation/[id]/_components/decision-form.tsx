"use client";

import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import type { FormResult } from "@/lib/actions/form-result";
import { decideReportAction } from "@/lib/actions/decide-report";
import { decideSubmissionAction } from "@/lib/actions/decide-submission";
import { ReportDecisionSchema } from "@/lib/validations/moderation";
import { ReviewDecisionSchema } from "@/lib/validations/submission";

type Decision = { submissionId: string; decision: string; reason: string };

// A report's buttons say what they do to the result; its reason is the moderator's own, always required.
const VARIANTS = {
  submission: {
    schema: ReviewDecisionSchema,
    action: decideSubmissionAction,
    hint: "Required to reject or request changes; the submitter reads it. Optional when approving.",
    buttons: [
      { decision: "approve", label: "Approve", style: buttonClass.primary },
      { decision: "request_changes", label: "Request changes", style: buttonClass.secondary },
      { decision: "reject", label: "Reject", style: buttonClass.danger },
    ],
  },
  report: {
    schema: ReportDecisionSchema,
    action: decideReportAction,
    hint: "Required. Retracting shows your reason on the result page, its history and the public log, beside the report quoted as the report; dismissing tells the reporter why.",
    buttons: [
      { decision: "retract", label: "Retract result", style: buttonClass.danger },
      { decision: "dismiss", label: "Dismiss report", style: buttonClass.secondary },
    ],
  },
} as const;

/**
 * The moderator's decision and its reason: approve, request changes or reject a submission; retract the
 * result or dismiss a report. Once decided (the page refreshes), only the outcome stays, so that the moderator still reads it.
 */
export function DecisionForm({ submissionId, isOpen, variant = "submission" }: { submissionId: string; isOpen: boolean; variant?: keyof typeof VARIANTS }) {
  const { schema, action, hint, buttons } = VARIANTS[variant];
  const form = useForm<Decision>({
    resolver: zodResolver(schema) as unknown as Resolver<Decision>,
    defaultValues: { submissionId, decision: buttons[0].decision, reason: "" },
  });
  const { submit, message, tone, isBusy } = useActionForm(form, { refresh: "answer" });
  const { errors } = form.formState;

  const decide = (decision: string) => {
    form.setValue("decision", decision);
    form.clearErrors();
    return submit((values) => action(values) as Promise<FormResult<Decision>>)();
  };

  if (!isOpen) return message ? <FormMessage tone={tone}>{message}</FormMessage> : null;
  return (
    <Card title="Decision">
      <form onSubmit={(event) => event.preventDefault()} className="space-y-3" aria-label="Decide this submission">
        <Field id="decision-reason" label={variant === "report" ? "Your reason" : "Reason"} hint={hint} error={errors.reason?.message}>
          {(control) => <textarea {...control} rows={4} {...form.register("reason")} className={inputClass} />}
        </Field>
        <div className="flex flex-wrap gap-2">
          {buttons.map((button) => (
            <button key={button.decision} type="button" disabled={isBusy} onClick={() => decide(button.decision)} className={button.style}>
              {button.label}
            </button>
          ))}
        </div>
        <FormMessage tone={tone}>{message}</FormMessage>
      </form>
    </Card>
  );
}
