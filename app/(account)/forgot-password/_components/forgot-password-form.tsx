"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset";
import { RequestPasswordResetSchema, type RequestPasswordReset } from "@/lib/validations/auth";

export function ForgotPasswordForm() {
  const form = useForm<RequestPasswordReset>({ resolver: zodResolver(RequestPasswordResetSchema), defaultValues: { email: "" } });
  const { errors } = form.formState;
  const { submit, message, tone, isBusy } = useActionForm(form);
  const onSubmit = submit(requestPasswordResetAction);

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage tone={tone} className="mb-4">
        {message}
      </FormMessage>
      <div className="space-y-4">
        <Field id="email" label="Email" error={errors.email?.message}>
          {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <button type="submit" disabled={isBusy} className={`${buttonClass.primary} w-full py-2`}>
          {isBusy ? "Sending…" : "Send the link"}
        </button>
      </div>
    </form>
  );
}
