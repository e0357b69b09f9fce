"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, inputClass } from "@/components/ui/field";
import type { PaperLookup } from "@/lib/data/submission-form";
import { formatDate } from "@/lib/format";
import type { CreateSubmission } from "@/lib/validations/submission";
import { CardNotes } from "./card-notes";
import { fieldId, useFieldAt } from "./form-paths";
import { SuggestInput } from "./suggest-input";

type LookupState = { status: "idle" | "loading" | "unknown" } | { status: "found"; paper: NonNullable<PaperLookup["found"]> };

async function fetchLookup(ref: string): Promise<PaperLookup | null> {
  const response = await fetch(`/api/suggest?${new URLSearchParams({ kind: "paper-lookup", q: ref })}`);
  return response.ok ? ((await response.json()) as PaperLookup) : null;
}

function LookupStatus({ state }: { state: LookupState }) {
  if (state.status === "loading") return <>Looking it up in the catalogue…</>;
  if (state.status === "unknown") {
    return <>Not in the catalogue yet: give its title, authors and publication date below. It will be added with your results.</>;
  }
  if (state.status !== "found") return null;
  const { paper } = state;
  return (
    <span className="block rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900" data-testid="paper-found">
      <span aria-hidden>✓ </span>Found in the catalogue:{" "}
      <Link href={`/paper/${paper.slug}`} className="font-medium">
        {paper.title}
      </Link>
      <span className="block text-xs text-emerald-800">
        {paper.authors} · {formatDate(paper.publishedAt)}
      </span>
    </span>
  );
}

/** The paper by arXiv id or address; "Look up" fills in a known one, an unknown one asks for its details. */
export function PaperFields({ initialLookup }: { initialLookup: PaperLookup | null }) {
  const { register, errorAt } = useFieldAt();
  const form = useFormContext<CreateSubmission>();
  const ref = (useWatch({ name: "paper.ref" }) as string) ?? "";
  const [state, setState] = useState<LookupState>(
    initialLookup?.found ? { status: "found", paper: initialLookup.found } : initialLookup ? { status: "unknown" } : { status: "idle" },
  );
  const lookedUp = useRef(initialLookup ? ref : "");

  async function lookUp() {
    const value = form.getValues("paper.ref").trim();
    if (!value || value === lookedUp.current) return;
    lookedUp.current = value;
    const wasFound = state.status === "found";
    setState({ status: "loading" });
    const answer = await fetchLookup(value).catch(() => null);
    if (answer?.found) {
      const { ref: found, title, authors, publishedAt } = answer.found;
      for (const [name, text] of Object.entries({ ref: found, title, authors, publishedAt })) {
        form.setValue(`paper.${name as keyof CreateSubmission["paper"]}`, text, { shouldValidate: true });
      }
      lookedUp.current = found;
      setState({ status: "found", paper: answer.found });
    } else {
      // The details shown were another paper's: they would be wrong for this one.
      if (wasFound) for (const name of ["title", "authors", "publishedAt"] as const) form.setValue(`paper.${name}`, "");
      setState({ status: answer ? "unknown" : "idle" });
    }
  }

  const refField = register("paper.ref");
  return (
    <div className="space-y-4">
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
        </div>
      )}
    </div>
  );
}
