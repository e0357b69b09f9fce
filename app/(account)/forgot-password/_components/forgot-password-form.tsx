"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset";
import { RequestPasswordResetSchema, type RequestPasswordReset } from "@/lib/validations/auth";

export function ForgotPasswordForm() {
  const form = useForm<RequestPasswordReset>({ resolver: zodResolver(RequestPasswordResetSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(undefined);
    const outcome = await requestPasswordResetAction(values);
    if (!outcome.ok) applyFieldErrors(form.setError, outcome.fieldErrors);
    setResult(outcome);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage tone={result?.ok ? "success" : "error"} className="mb-4">
        {result?.message}
      </FormMessage>
      <div className="space-y-4">
        <Field id="email" label="Email" error={errors.email?.message}>
          {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <button type="submit" disabled={isSubmitting} className={`${buttonClass.primary} w-full py-2`}>
          {isSubmitting ? "Sending…" : "Send the link"}
        </button>
      </div>
    </form>
  );
}
