"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { updateOwnProfile } from "@/lib/actions/update-profile";
import { announceSessionChange } from "@/lib/auth/session-events";
import { UpdateProfileSchema, type UpdateProfile } from "@/lib/validations/auth";

export function ProfileForm({ name }: { name: string }) {
  const form = useForm<UpdateProfile>({ resolver: zodResolver(UpdateProfileSchema), defaultValues: { name } });
  const { errors, isSubmitting } = form.formState;
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(undefined);
    const outcome = await updateOwnProfile(values);
    if (outcome.ok) {
      form.reset(values);
      announceSessionChange();
    } else {
      applyFieldErrors(form.setError, outcome.fieldErrors);
    }
    setResult(outcome);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="name" label="Name" hint="Shown with the results you submit and the reviews you make." error={errors.name?.message}>
        {(control) => <input {...control} {...form.register("name")} type="text" autoComplete="name" className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isSubmitting} className={buttonClass.primary}>
          {isSubmitting ? "Saving…" : "Save name"}
        </button>
        <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
      </div>
    </form>
  );
}
