"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { settleContestAction } from "@/lib/actions/settle-contest";
import { SettleContestSchema, type SettleContest } from "@/lib/validations/trust";

type Choice = { id: string; label: string };

/** Which row stands (for a dispute: the row, or "withdraw it"), and why. */
export function SettleContestForm({ contestId, choices }: { contestId: string; choices: Choice[] }) {
  const form = useForm<SettleContest>({ resolver: zodResolver(SettleContestSchema), defaultValues: { contestId, standingId: "", reason: "" } });
  const { submit, message, tone, isBusy } = useActionForm(form, { refresh: "success" });
  const onSubmit = submit(settleContestAction);
  const idOf = (suffix: string) => `contest-${contestId}-${suffix}`;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" {...form.register("contestId")} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Which stands?</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {choices.map((choice) => (
            <label key={choice.id} className="inline-flex items-center gap-1.5">
              <input type="radio" value={choice.id} {...form.register("standingId")} />
              {choice.label}
            </label>
          ))}
        </div>
        <p aria-live="polite" className="mt-1 text-sm text-rose-700">
          {form.formState.errors.standingId && "Choose the value that stands."}
        </p>
      </fieldset>
      <Field id={idOf("reason")} label="Reason" hint="Public: both rows' histories keep it." error={form.formState.errors.reason?.message}>
        {(control) => <textarea {...control} rows={2} {...form.register("reason")} className={inputClass} />}
      </Field>
      <button type="submit" disabled={isBusy} className={buttonClass.primary}>
        Settle
      </button>
      <FormMessage tone={tone}>{message}</FormMessage>
    </form>
  );
}
