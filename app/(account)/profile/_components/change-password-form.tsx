"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { changeOwnPassword } from "@/lib/actions/change-password";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { ChangePasswordSchema, type ChangePassword } from "@/lib/validations/auth";
import { NewPasswordFields } from "../../_components/new-password-fields";

const EMPTY: ChangePassword = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const form = useForm<ChangePassword>({ resolver: zodResolver(ChangePasswordSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(undefined);
    const outcome = await changeOwnPassword(values);
    if (outcome.ok && outcome.redirectTo) {
      window.location.assign(outcome.redirectTo);
      return;
    }
    if (outcome.ok) form.reset(EMPTY);
    else applyFieldErrors(form.setError, outcome.fieldErrors);
    setResult(outcome);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
        {(control) => (
          <input {...control} {...form.register("currentPassword")} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <NewPasswordFields form={form} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isSubmitting} className={buttonClass.primary}>
          {isSubmitting ? "Changing…" : "Change password"}
        </button>
        <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
      </div>
    </form>
  );
}
