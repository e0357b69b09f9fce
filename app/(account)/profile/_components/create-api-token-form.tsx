"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { createOwnApiToken, type ShownApiToken } from "@/lib/actions/create-api-token";
import { CreateApiTokenSchema, type CreateApiToken } from "@/lib/validations/api-token";
import { NewApiToken } from "./new-api-token";

export function CreateApiTokenForm() {
  const form = useForm<CreateApiToken>({ resolver: zodResolver(CreateApiTokenSchema), defaultValues: { name: "" } });
  const { errors } = form.formState;
  const [created, setCreated] = useState<ShownApiToken>();
  const { submit, message, isBusy } = useActionForm(form);
  const onSubmit = submit(createOwnApiToken, {
    then: (answer) => {
      if (!answer.ok || !answer.token) return;
      setCreated(answer.token);
      form.reset({ name: "" });
    },
  });

  return (
    <div className="space-y-4">
      {created && <NewApiToken token={created} onDone={() => setCreated(undefined)} />}
      <form onSubmit={onSubmit} noValidate className="max-w-lg">
        <Field id="api-token-name" label="What is this token for?" hint="For you to recognise it later: “laptop”, “nightly sync”." error={errors.name?.message}>
          {(control) => (
            <div className="flex gap-2">
              <input {...control} {...form.register("name")} type="text" autoComplete="off" className={`${inputClass} min-w-0 flex-1`} />
              <button type="submit" disabled={isBusy} className={`${buttonClass.primary} shrink-0`}>
                {isBusy ? "Creating…" : "Create token"}
              </button>
            </div>
          )}
        </Field>
      </form>
      <FormMessage>{message}</FormMessage>
    </div>
  );
}
