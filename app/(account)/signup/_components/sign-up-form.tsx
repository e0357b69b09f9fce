"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { signUpWithPassword } from "@/lib/actions/sign-up";
import { PASSWORD_MIN_LENGTH, SignUpSchema, type SignUp } from "@/lib/validations/auth";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useForm<SignUp>({ resolver: zodResolver(SignUpSchema), defaultValues: { name: "", email: "", password: "" } });
  const { submit, message, isBusy } = useActionForm(form);
  const onSubmit = submit((values) => signUpWithPassword(values, callbackUrl));
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage className="mb-4">{message}</FormMessage>
      <div className="space-y-4">
        <Field id="name" label="Name" hint="Shown with the results you submit." error={errors.name?.message}>
          {(control) => <input {...control} {...form.register("name")} type="text" autoComplete="name" className={inputClass} />}
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <Field id="password" label="Password" hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} error={errors.password?.message}>
          {(control) => <input {...control} {...form.register("password")} type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
        <button type="submit" disabled={isBusy} className={`${buttonClass.primary} w-full py-2`}>
          {isBusy ? "Creating your account…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
