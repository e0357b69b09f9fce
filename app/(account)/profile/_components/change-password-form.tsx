"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { changeOwnPassword } from "@/lib/actions/change-password";
import { ChangePasswordSchema, type ChangePassword } from "@/lib/validations/auth";
import { NewPasswordFields } from "../../_components/new-password-fields";

/** `changed`: the page was loaded right after a change, to say so. */
export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const form = useForm<ChangePassword>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { submit, message, isBusy } = useActionForm(form);
  const onSubmit = submit(changeOwnPassword);
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage tone={message ? "error" : "success"} className="mb-4">
        {message ?? (changed ? "Your password is changed. Every other device signed in to your account is signed out." : undefined)}
      </FormMessage>
      <div className="space-y-4">
        <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
          {(control) => <input {...control} {...form.register("currentPassword")} type="password" autoComplete="current-password" className={inputClass} />}
        </Field>
        <NewPasswordFields form={form} />
        <button type="submit" disabled={isBusy} className={buttonClass.primary}>
          {isBusy ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
