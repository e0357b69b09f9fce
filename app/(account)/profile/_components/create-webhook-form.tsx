"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { createOwnWebhook } from "@/lib/actions/manage-webhooks";
import { CreateWebhookSchema, type CreateWebhook } from "@/lib/validations/follow";

/** Registers a webhook for one watch; its signing secret is shown here once. */
export function CreateWebhookForm({ watches }: { watches: { id: string; label: string }[] }) {
  const form = useForm<CreateWebhook>({ resolver: zodResolver(CreateWebhookSchema), defaultValues: { watchId: watches[0]?.id ?? "", url: "" } });
  const { errors } = form.formState;
  const [secret, setSecret] = useState<string>();
  const { submit, message, isBusy } = useActionForm(form);
  const onSubmit = submit(createOwnWebhook, {
    then: (answer, values) => {
      if (!answer.ok || !answer.secret) return;
      setSecret(answer.secret);
      form.reset({ watchId: values.watchId, url: "" });
    },
  });

  return (
    <div className="space-y-3">
      {secret && (
        <div data-testid="webhook-secret" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="font-medium text-emerald-900">Webhook added. Its signing secret, shown this once:</p>
          <label htmlFor="webhook-secret-value" className="sr-only">
            Signing secret
          </label>
          <input
            id="webhook-secret-value"
            readOnly
            value={secret}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-2 w-full rounded-md border border-emerald-300 bg-white px-3 py-1.5 font-mono text-xs text-slate-900"
          />
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <Field id="webhook-watch" label="For" error={errors.watchId?.message}>
          {(control) => (
            <select {...control} {...form.register("watchId")} className={inputClass}>
              {watches.map((watch) => (
                <option key={watch.id} value={watch.id}>
                  {watch.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="webhook-url" label="Webhook URL" error={errors.url?.message}>
          {(control) => <input {...control} {...form.register("url")} type="url" placeholder="https://example.org/hooks/pwc" className={inputClass} />}
        </Field>
        <button type="submit" disabled={isBusy} className={buttonClass.primary}>
          {isBusy ? "Adding…" : "Add webhook"}
        </button>
      </form>
      <FormMessage>{message}</FormMessage>
    </div>
  );
}
