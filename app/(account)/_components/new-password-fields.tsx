"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

/** "New password" and "Repeat the new password", for the forms whose schema has both fields. */
export function NewPasswordFields<T extends FieldValues & { newPassword: string; confirmPassword: string }>({ form }: { form: UseFormReturn<T> }) {
  const { errors } = form.formState;
  return (
    <>
      <Field
        id="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.newPassword?.message as string | undefined}
      >
        {(control) => <input {...control} {...form.register("newPassword" as Path<T>)} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={errors.confirmPassword?.message as string | undefined}>
        {(control) => (
          <input {...control} {...form.register("confirmPassword" as Path<T>)} type="password" autoComplete="new-password" className={inputClass} />
        )}
      </Field>
    </>
  );
}
