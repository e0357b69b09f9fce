"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useFormContext, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { FieldNote } from "@/lib/model-index/map-card";

type Notes = { notes: FieldNote[]; dismiss: (note: FieldNote) => void };

const CardNotesContext = createContext<Notes>({ notes: [], dismiss: () => {} });

/** The notes of a model card read into the form, for the fields to show beside them. */
export function CardNotesProvider({ children, ...value }: Notes & { children: ReactNode }) {
  return <CardNotesContext.Provider value={value}>{children}</CardNotesContext.Provider>;
}

const TONES = {
  mapped: { label: "Matched", className: "text-emerald-800" },
  new: { label: "New", className: "text-amber-800" },
  check: { label: "Check", className: "text-sky-800" },
} as const;

const METRIC_NAME = /^benchmark\.metrics\.(\d+)\.name$/;

/** A proposed metric that is one of the leaderboard's own: its values move to that metric's column. */
function mergeMetric(form: UseFormReturn<FieldValues>, index: number, name: string): boolean {
  const metrics = form.getValues("benchmark.metrics") as { name: string }[];
  const target = metrics.findIndex((metric, i) => i !== index && metric.name.trim().toLowerCase() === name.toLowerCase());
  if (target < 0) return false;
  (form.getValues("rows") as { values: string[] }[]).forEach((row, r) => {
    const values = [...row.values];
    if (!values[target]) values[target] = values[index] ?? "";
    values.splice(index, 1);
    form.setValue(`rows.${r}.values`, values, { shouldDirty: true });
  });
  form.setValue(
    "benchmark.metrics",
    metrics.filter((_, i) => i !== index),
    { shouldDirty: true },
  );
  return true;
}

/** What the model card said about the field at `path`, with its suggestions as buttons that fill it in. */
export function CardNotes({ path }: { path: string }) {
  const { notes, dismiss } = useContext(CardNotesContext);
  const form = useFormContext<FieldValues>();
  const mine = notes.filter((note) => note.path === path);
  if (mine.length === 0) return null;

  function choose(note: FieldNote, suggestion: string) {
    const metric = METRIC_NAME.exec(note.path);
    if (!metric || !mergeMetric(form, Number(metric[1]), suggestion)) {
      form.setValue(note.path as Path<FieldValues>, suggestion, { shouldValidate: true, shouldDirty: true });
    }
    dismiss(note);
  }

  return (
    <ul className="mt-1 space-y-1 text-xs" data-testid="card-note">
      {mine.map((note) => (
        <li key={note.message} className={TONES[note.kind].className}>
          <span className="font-semibold">{TONES[note.kind].label}:</span> {note.message}
          {note.suggestions.length > 0 && (
            <span className="mt-1 flex flex-wrap items-center gap-1">
              <span className="text-slate-600">Use instead:</span>
              {note.suggestions.map((suggestion) => (
                <button
                  key={suggestion}
                  type="button"
                  onClick={() => choose(note, suggestion)}
                  className="rounded bg-white px-1.5 py-0.5 font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
                >
                  {suggestion}
                </button>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
