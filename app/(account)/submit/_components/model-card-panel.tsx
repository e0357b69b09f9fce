"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buttonClass } from "@/components/ui/button-link";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/submissions/form-section";
import { useFormAction } from "@/components/submissions/use-form-action";
import { readModelCardAction, type FormCardDraft } from "@/lib/actions/read-model-card";
import type { CardProblem } from "@/lib/model-index/parse-card";
import { ReadModelCardSchema, type ReadModelCard } from "@/lib/validations/model-card";

type Reading = { drafts: FormCardDraft[]; problems: CardProblem[]; chosen: number };

function DraftChoice({ reading, onChoose }: { reading: Reading; onChoose: (index: number) => void }) {
  const { drafts, chosen } = reading;
  if (drafts.length === 0) return <p>The card has no result that could be read: see what was left out below.</p>;
  const rows = (draft: FormCardDraft) => `${draft.submission.rows.length} result${draft.submission.rows.length === 1 ? "" : "s"}`;
  if (drafts.length === 1) {
    return (
      <p className="text-emerald-800">
        <span aria-hidden>✓ </span>Filled in below: {drafts[0].label} ({rows(drafts[0])}). Check the notes beside the fields, then send the form.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p>
        The card reports on {drafts.length} benchmarks, and a submission takes one. The form below holds the one marked; send it, then paste the card again for
        the next.
      </p>
      <ul className="flex flex-wrap gap-2">
        {drafts.map((draft, index) => (
          <li key={draft.label}>
            <button
              type="button"
              aria-pressed={index === chosen}
              onClick={() => onChoose(index)}
              className={index === chosen ? buttonClass.primary : buttonClass.secondary}
            >
              {draft.label} ({rows(draft)})
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Paste a model card": its model-index read on the server into the form below; nothing is sent from here. */
export function ModelCardPanel({ onFill }: { onFill: (draft: FormCardDraft) => void }) {
  const form = useForm<ReadModelCard>({ resolver: zodResolver(ReadModelCardSchema), defaultValues: { text: "" } });
  const { message, pending, run } = useFormAction(form);
  const [reading, setReading] = useState<Reading | null>(null);

  const choose = (drafts: FormCardDraft[], problems: CardProblem[], index: number) => {
    setReading({ drafts, problems, chosen: index });
    if (drafts[index]) onFill(drafts[index]);
  };
  const read = run(
    "read",
    (values) => {
      setReading(null);
      return readModelCardAction(values);
    },
    (answer) => choose(answer.drafts, answer.problems, 0),
  );

  return (
    <FormSection
      title="Paste a model card"
      description="Results published in a Hugging Face model card fill in the form below. Nothing is sent until you send the form."
    >
      <form onSubmit={read} noValidate className="space-y-3" data-testid="model-card-form">
        <Field
          id="model-card-text"
          label="Model card"
          hint="Its README.md, with the YAML block between the --- lines, or its model-index YAML."
          error={form.formState.errors.text?.message}
        >
          {(control) => <textarea {...control} {...form.register("text")} rows={6} spellCheck={false} className={`${inputClass} font-mono text-xs`} />}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending !== null} className={buttonClass.secondary}>
            {pending ? "Reading…" : "Read the model card"}
          </button>
          {message && !form.formState.errors.text && <p className="text-sm text-rose-700">{message}</p>}
        </div>
        <div aria-live="polite" className="space-y-2 text-sm text-slate-700 empty:hidden" data-testid="model-card-status">
          {reading && <DraftChoice reading={reading} onChoose={(index) => choose(reading.drafts, reading.problems, index)} />}
          {reading && reading.problems.length > 0 && (
            <div>
              <p className="font-medium">Left out of the card:</p>
              <ul className="list-inside list-disc text-slate-600">
                {reading.problems.map((problem) => (
                  <li key={`${problem.line}-${problem.message}`}>
                    Line {problem.line}: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </form>
    </FormSection>
  );
}
