"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { setOwnDigest } from "@/lib/actions/set-digest";
import { SetDigestSchema, type SetDigest } from "@/lib/validations/follow";

/** Off, daily or weekly: an e-mail of the inbox's unread items, sent only when there are some. */
export function DigestForm({ frequency }: { frequency: SetDigest["frequency"] }) {
  const form = useForm<SetDigest>({ resolver: zodResolver(SetDigestSchema), defaultValues: { frequency } });
  const { errors } = form.formState;
  const { submit, message, tone, isBusy } = useActionForm(form);
  const onSubmit = submit(setOwnDigest);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <Field id="digest-frequency" label="E-mail digest" error={errors.frequency?.message}>
        {(control) => (
          <select {...control} {...form.register("frequency")} className={`${inputClass} w-40`}>
            <option value="OFF">Off</option>
            <option value="DAILY">Daily</option>
            <option value="WEEKLY">Weekly</option>
          </select>
        )}
      </Field>
      <button type="submit" disabled={isBusy} className={buttonClass.secondary}>
        {isBusy ? "Saving…" : "Save"}
      </button>
      <FormMessage tone={tone}>{message}</FormMessage>
    </form>
  );
}
