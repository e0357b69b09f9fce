"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { resetPasswordAction } from "@/lib/actions/reset-password";
import { ResetPasswordSchema, type ResetPassword } from "@/lib/validations/auth";
import { NewPasswordFields } from "../../_components/new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useForm<ResetPassword>({
    resolver: zodResolver(ResetPasswordSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { submit, message, isBusy } = useActionForm(form);
  const onSubmit = submit(resetPasswordAction);

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage className="mb-4">{message ?? (token ? undefined : "This page needs the link from the mail. Ask for a new one below.")}</FormMessage>
      <input type="hidden" {...form.register("token")} />
      <div className="space-y-4">
        <NewPasswordFields form={form} />
        <button type="submit" disabled={isBusy || !token} className={`${buttonClass.primary} w-full py-2`}>
          {isBusy ? "Saving…" : "Set the new password"}
        </button>
      </div>
    </form>
  );
}
