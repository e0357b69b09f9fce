"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { applyFieldErrors } from "@/lib/actions/form-result";
import { retractResultAction } from "@/lib/actions/retract-result";
import { RetractResultSchema, type RetractResult } from "@/lib/validations/submission";

/** The reason and the retraction; once done, the way back to the leaderboard it left. */
export function RetractForm({ resultId, benchmarkSlug, isPublished }: { resultId: string; benchmarkSlug: string; isPublished: boolean }) {
  const router = useRouter();
  const form = useForm<RetractResult>({ resolver: zodResolver(RetractResultSchema), defaultValues: { resultId, reason: "" } });
  const [result, setResult] = useState<{ ok: boolean; message?: string }>();

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(undefined);
    const outcome = await retractResultAction(values);
    if (!outcome.ok) applyFieldErrors(form.setError, outcome.fieldErrors);
    setResult(outcome);
    router.refresh();
  });

  const done = result?.ok && (
    <FormMessage tone="success">
      {result.message}{" "}
      <Link href={`/sota/${benchmarkSlug}`} prefetch={false}>
        See the leaderboard
      </Link>
    </FormMessage>
  );
  if (!isPublished) return done || null;
  return (
    <Card title="Retract">
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <input type="hidden" {...form.register("resultId")} />
        <Field id="retract-reason" label="Reason" hint="Public: it stays in the result's history." error={form.formState.errors.reason?.message}>
          {(control) => <textarea {...control} rows={4} {...form.register("reason")} className={inputClass} />}
        </Field>
        <button type="submit" disabled={form.formState.isSubmitting} className={buttonClass.danger}>
          Retract this result
        </button>
        <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
      </form>
    </Card>
  );
}
