"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { claimPaperAction } from "@/lib/actions/claim-paper";
import { ClaimPaperSchema, type ClaimPaper } from "@/lib/validations/trust";

/** Which of the paper's authors the user is, and a note for the moderator. */
export function ClaimPaperForm({ paperId, authors, defaultName }: { paperId: string; authors: string[]; defaultName: string }) {
  const form = useForm<ClaimPaper>({ resolver: zodResolver(ClaimPaperSchema), defaultValues: { paperId, authorName: defaultName, note: "" } });
  const { submit, message, tone, isBusy } = useActionForm(form, { refresh: "success" });
  const onSubmit = submit(claimPaperAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" {...form.register("paperId")} />
      <Field id="claim-author" label="I am" error={form.formState.errors.authorName?.message}>
        {(control) => (
          <select {...control} {...form.register("authorName")} className={inputClass}>
            <option value="">Choose your name…</option>
            {authors.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="claim-note"
        label="Note for the moderator"
        hint="How they can check it: your homepage, your institutional address…"
        error={form.formState.errors.note?.message}
      >
        {(control) => <textarea {...control} rows={3} {...form.register("note")} className={inputClass} />}
      </Field>
      <button type="submit" disabled={isBusy} className={buttonClass.primary}>
        Claim this paper
      </button>
      <FormMessage tone={tone}>{message}</FormMessage>
    </form>
  );
}
