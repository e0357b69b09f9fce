"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { updateOwnProfile } from "@/lib/actions/update-profile";
import { announceSessionChange } from "@/lib/auth/session-events";
import { UpdateProfileSchema, type UpdateProfile } from "@/lib/validations/auth";

export function ProfileForm({ name }: { name: string }) {
  const form = useForm<UpdateProfile>({ resolver: zodResolver(UpdateProfileSchema), defaultValues: { name } });
  const { errors } = form.formState;
  const { submit, message, tone, isBusy } = useActionForm(form);
  const onSubmit = submit(updateOwnProfile, {
    then: (answer, values) => {
      if (!answer.ok) return;
      form.reset(values);
      announceSessionChange();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="name" label="Name" hint="Shown with the results you submit and the reviews you make." error={errors.name?.message}>
        {(control) => <input {...control} {...form.register("name")} type="text" autoComplete="name" className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isBusy} className={buttonClass.primary}>
          {isBusy ? "Saving…" : "Save name"}
        </button>
        <FormMessage tone={tone}>{message}</FormMessage>
      </div>
    </form>
  );
}
