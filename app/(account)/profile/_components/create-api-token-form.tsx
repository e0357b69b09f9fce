"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { createOwnApiToken, type ShownApiToken } from "@/lib/actions/create-api-token";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { CreateApiTokenSchema, type CreateApiToken } from "@/lib/validations/api-token";
import { NewApiToken } from "./new-api-token";

export function CreateApiTokenForm() {
  const form = useForm<CreateApiToken>({ resolver: zodResolver(CreateApiTokenSchema), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<ShownApiToken>();

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(undefined);
    const outcome = await createOwnApiToken(values);
    if (outcome.ok && outcome.token) {
      setCreated(outcome.token);
      form.reset({ name: "" });
      return;
    }
    applyFieldErrors(form.setError, outcome.ok ? undefined : outcome.fieldErrors);
    setMessage(outcome.message);
  });

  return (
    <div className="space-y-4">
      {created && <NewApiToken token={created} onDone={() => setCreated(undefined)} />}
      <form onSubmit={onSubmit} noValidate className="max-w-lg">
        <Field id="api-token-name" label="What is this token for?" hint="For you to recognise it later: “laptop”, “nightly sync”." error={errors.name?.message}>
          {(control) => (
            <div className="flex gap-2">
              <input {...control} {...form.register("name")} type="text" autoComplete="off" className={`${inputClass} min-w-0 flex-1`} />
              <button type="submit" disabled={isSubmitting} className={`${buttonClass.primary} shrink-0`}>
                {isSubmitting ? "Creating…" : "Create token"}
              </button>
            </div>
          )}
        </Field>
      </form>
      <FormMessage>{message}</FormMessage>
    </div>
  );
}
