"use client";

import { useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, inputClass } from "@/components/ui/field";
import type { PaperLookup } from "@/lib/data/submission-form";
import { normalisePaperRef } from "@/lib/submissions/paper-ref";
import type { CreateSubmission } from "@/lib/validations/submission";
import { CardNotes } from "./card-notes";
import { fieldId, useFieldAt } from "./form-paths";
import { LookupStatus, type LookupState } from "./paper-lookup-status";
import { SuggestInput } from "./suggest-input";

type PaperChoice = CreateSubmission["paper"];
const DETAILS = ["title", "authors", "publishedAt", "abstract"] as const;

async function fetchLookup(ref: string): Promise<PaperLookup | null> {
  const response = await fetch(`/api/suggest?${new URLSearchParams({ kind: "paper-lookup", q: ref })}`);
  return response.ok ? ((await response.json()) as PaperLookup) : null;
}

/**
 * The paper by arXiv id or address. "Look up" fills in a paper of the catalogue, of one's own pending
 * submissions, or arXiv's metadata; an unknown one asks for its details. Pending papers are offered too.
 */
export function PaperFields({ initialLookup, pendingPapers = [] }: { initialLookup: PaperLookup | null; pendingPapers?: PaperChoice[] }) {
  const { register, errorAt } = useFieldAt();
  const form = useFormContext<CreateSubmission>();
  const ref = (useWatch({ name: "paper.ref" }) as string) ?? "";
  const [state, setState] = useState<LookupState>(
    initialLookup?.found ? { status: "found", paper: initialLookup.found } : initialLookup ? { status: "unknown" } : { status: "idle" },
  );
  const lookedUp = useRef(initialLookup ? ref : "");

  function fill(paper: PaperChoice, options: { withRef: boolean }) {
    if (options.withRef) form.setValue("paper.ref", paper.ref, { shouldValidate: true });
    for (const name of DETAILS) form.setValue(`paper.${name}`, paper[name] ?? "", { shouldValidate: name !== "abstract" });
  }

  async function lookUp() {
    const value = form.getValues("paper.ref").trim();
    if (!value || value === lookedUp.current || !(await form.trigger("paper.ref"))) return;
    lookedUp.current = value;
    const wasFilled = state.status === "found" || state.status === "filled";
    setState({ status: "loading" });
    const answer = await fetchLookup(value).catch(() => null);
    const pending = pendingPapers.find((paper) => paper.ref && normalisePaperRef(paper.ref) === normalisePaperRef(value));
    if (answer?.found) {
      fill(answer.found, { withRef: true });
      lookedUp.current = answer.found.ref;
      setState({ status: "found", paper: answer.found });
    } else if (pending ?? answer?.arxiv) {
      fill((pending ?? answer?.arxiv)!, { withRef: false });
      setState({ status: "filled", source: pending ? "pending" : "arxiv" });
    } else {
      // The details shown were another paper's: they would be wrong for this one.
      if (wasFilled) for (const name of DETAILS) form.setValue(`paper.${name}`, "");
      setState({ status: answer ? "unknown" : "idle" });
    }
  }

  function choosePending(index: string) {
    const paper = pendingPapers[Number(index)];
    if (!paper) return;
    fill(paper, { withRef: true });
    lookedUp.current = paper.ref;
    setState({ status: "filled", source: "pending" });
  }

  const refField = register("paper.ref");
  return (
    <div className="space-y-4">
      {pendingPapers.length > 0 && (
        <Field id="field-pending-paper" label="A paper of your submissions waiting for review" hint="Fills in the paper as you sent it.">
          {(control) => (
            <select {...control} defaultValue="" onChange={(event) => choosePending(event.target.value)} className={inputClass}>
              <option value="">Choose a paper…</option>
              {pendingPapers.map((paper, index) => (
                <option key={index} value={index}>
                  {paper.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id={fieldId("paper.ref")}
        label="arXiv id or URL"
        hint="e.g. 1512.03385 or https://arxiv.org/abs/1512.03385. No link? Leave it empty and give the title."
        error={errorAt("paper.ref")}
      >
        {(control) => (
          <div className="flex gap-2">
            <SuggestInput
              {...control}
              {...refField}
              onBlur={async (event) => {
                await refField.onBlur(event);
                await lookUp();
              }}
              kind="paper"
              query={ref}
            />
            <button type="button" onClick={lookUp} className={`${buttonClass.secondary} shrink-0`}>
              Look up
            </button>
          </div>
        )}
      </Field>
      <CardNotes path="paper.ref" />
      <div aria-live="polite" className="text-sm text-slate-600 empty:hidden">
        <LookupStatus state={state} />
      </div>
      {state.status !== "found" && (
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="sm:col-span-2">
            <Field id={fieldId("paper.title")} label="Title" error={errorAt("paper.title")}>
              {(control) => <input {...control} {...register("paper.title")} type="text" className={inputClass} />}
            </Field>
          </div>
          <Field id={fieldId("paper.authors")} label="Authors" hint="In the paper's order, separated by commas" error={errorAt("paper.authors")}>
            {(control) => <input {...control} {...register("paper.authors")} type="text" className={inputClass} />}
          </Field>
          <Field id={fieldId("paper.publishedAt")} label="Publication date" hint="Its first version" error={errorAt("paper.publishedAt")}>
            {(control) => <input {...control} {...register("paper.publishedAt")} type="date" className={inputClass} />}
          </Field>
          <div className="sm:col-span-2">
            <Field
              id={fieldId("paper.abstract")}
              label="Abstract (optional)"
              hint="Shown on the paper's page once it is added"
              error={errorAt("paper.abstract")}
            >
              {(control) => <textarea {...control} {...register("paper.abstract")} rows={4} className={inputClass} />}
            </Field>
          </div>
        </div>
      )}
    </div>
  );
}
