"use client";

import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { retractResultAction } from "@/lib/actions/retract-result";
import { RetractResultSchema, type RetractResult } from "@/lib/validations/submission";

/** The reason and the retraction; once done, the way back to the leaderboard it left. */
export function RetractForm({ resultId, benchmarkSlug, isPublished }: { resultId: string; benchmarkSlug: string; isPublished: boolean }) {
  const form = useForm<RetractResult>({ resolver: zodResolver(RetractResultSchema), defaultValues: { resultId, reason: "" } });
  const { submit, message, tone, isOk, isBusy } = useActionForm(form, { refresh: "answer" });
  const onSubmit = submit(retractResultAction);

  const done = isOk && (
    <FormMessage tone="success">
      {message}{" "}
      <Link href={`/sota/${benchmarkSlug}`} prefetch={false}>
        See the leaderboard
      </Link>
    </FormMessage>
  );
  // Once retracted (the page refreshes), the card keeps only the outcome, where the moderator read it.
  if (!isPublished) return done ? <Card title="Retract">{done}</Card> : null;
  return (
    <Card title="Retract">
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <input type="hidden" {...form.register("resultId")} />
        <Field id="retract-reason" label="Reason" hint="Public: it stays in the result's history." error={form.formState.errors.reason?.message}>
          {(control) => <textarea {...control} rows={4} {...form.register("reason")} className={inputClass} />}
        </Field>
        <button type="submit" disabled={isBusy} className={buttonClass.danger}>
          Retract this result
        </button>
        <FormMessage tone={tone}>{message}</FormMessage>
      </form>
    </Card>
  );
}
