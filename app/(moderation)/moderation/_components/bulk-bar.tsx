"use client";

import type { UseFormReturn } from "react-hook-form";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage, inputClass } from "@/components/ui/field";
import type { BulkDecision } from "@/lib/validations/moderation";

/** Approve or reject the rows ticked below; a rejection's reason goes to every submitter. */
export function BulkBar({
  form,
  onDecide,
  message,
}: {
  form: UseFormReturn<BulkDecision>;
  onDecide: (decision: BulkDecision["decision"]) => Promise<void>;
  message?: string;
}) {
  const selected = form.watch("submissionIds")?.length ?? 0;
  const { errors, isSubmitting } = form.formState;
  const reasonError = errors.reason?.message;
  return (
    <div className="mb-3 rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="bulk-bar">
      <div className="flex flex-col gap-3 md:flex-row md:items-start">
        <div className="flex-1">
          <label htmlFor="bulk-reason" className="block text-sm font-medium text-slate-800">
            Reason <span className="font-normal text-slate-500">(required to reject; sent to each submitter)</span>
          </label>
          <textarea
            id="bulk-reason"
            rows={2}
            {...form.register("reason")}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby="bulk-reason-error"
            className={`${inputClass} mt-1`}
          />
          <p id="bulk-reason-error" aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
            {reasonError}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 md:pt-6">
          <button type="button" disabled={isSubmitting || selected === 0} onClick={() => onDecide("approve")} className={buttonClass.primary}>
            Approve selected ({selected})
          </button>
          <button type="button" disabled={isSubmitting || selected === 0} onClick={() => onDecide("reject")} className={buttonClass.secondary}>
            Reject selected ({selected})
          </button>
        </div>
      </div>
      <p aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
        {errors.submissionIds?.message}
      </p>
      <FormMessage className="mt-2">{message}</FormMessage>
    </div>
  );
}
