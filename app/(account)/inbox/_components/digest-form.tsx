"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { setOwnDigest } from "@/lib/actions/set-digest";
import { SetDigestSchema, type SetDigest } from "@/lib/validations/follow";

/** Off, daily or weekly: an e-mail of the inbox's unread items, sent only when there are some. */
export function DigestForm({ frequency }: { frequency: SetDigest["frequency"] }) {
  const form = useForm<SetDigest>({ resolver: zodResolver(SetDigestSchema), defaultValues: { frequency } });
  const { errors, isSubmitting } = form.formState;
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();

  const onSubmit = form.handleSubmit(async (values) => {
    const outcome = await setOwnDigest(values);
    if (!outcome.ok) applyFieldErrors(form.setError, outcome.fieldErrors);
    setResult(outcome);
  });

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
      <button type="submit" disabled={isSubmitting} className={buttonClass.secondary}>
        {isSubmitting ? "Saving…" : "Save"}
      </button>
      <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
    </form>
  );
}
