"use client";

import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";
import { signInWithPassword } from "@/lib/actions/sign-in";
import { SignInSchema, type SignIn } from "@/lib/validations/auth";

export function SignInForm({ callbackUrl, initialMessage }: { callbackUrl: string; initialMessage?: string }) {
  const form = useForm<SignIn>({ resolver: zodResolver(SignInSchema), defaultValues: { email: "", password: "" } });
  const { submit, message, isBusy } = useActionForm(form, { initialMessage });
  const onSubmit = submit((values) => signInWithPassword(values, callbackUrl));
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage className="mb-4">{message}</FormMessage>
      <div className="space-y-4">
        <Field id="email" label="Email" error={errors.email?.message}>
          {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <Field id="password" label="Password" error={errors.password?.message}>
          {(control) => <input {...control} {...form.register("password")} type="password" autoComplete="current-password" className={inputClass} />}
        </Field>
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password">Forgot password?</Link>
        </p>
        <button type="submit" disabled={isBusy} className={`${buttonClass.primary} w-full py-2`}>
          {isBusy ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
