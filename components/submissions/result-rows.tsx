"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button-link";
import type { CreateSubmission } from "@/lib/validations/submission";
import { emptyRow } from "./defaults";
import { fieldId, useFieldAt } from "./form-paths";
import { ResultRowFields, type RowMetric } from "./result-row-fields";
import type { Setting } from "@/lib/settings/kinds";

const MAX_ROWS = 25;

/** One to 25 result rows from the paper, each with a value per metric. */
export function ResultRows({ settings }: { settings: Setting[] }) {
  const form = useFormContext<CreateSubmission>();
  const { errorAt } = useFieldAt();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rows" });
  const metrics = useWatch({ control: form.control, name: "benchmark.metrics" }) as RowMetric[];
  return (
    <div className="space-y-4">
      {fields.map((field, index) => (
        <section
          key={field.id}
          aria-labelledby={`result-row-${index}-title`}
          className="rounded-lg border border-slate-200 bg-slate-50/60 p-4"
          data-testid="result-row"
        >
          <div className="mb-3 flex items-center justify-between gap-3">
            <h3 id={`result-row-${index}-title`} className="text-sm font-semibold text-slate-900">
              Result {index + 1}
            </h3>
            {fields.length > 1 && (
              <button type="button" onClick={() => remove(index)} className="text-sm font-medium text-rose-700 hover:text-rose-800">
                Remove<span className="sr-only"> result {index + 1}</span>
              </button>
            )}
          </div>
          <ResultRowFields prefix={`rows.${index}`} metrics={metrics} settings={settings} />
        </section>
      ))}
      <p id={fieldId("rows-error")} aria-live="polite" className="text-sm text-rose-700 empty:hidden">
        {errorAt("rows")}
      </p>
      {fields.length < MAX_ROWS ? (
        <button type="button" onClick={() => append(emptyRow(metrics.length))} className={buttonClass.secondary}>
          + Add a result from this paper
        </button>
      ) : (
        <p className="text-sm text-slate-500">{MAX_ROWS} results is the most one submission takes: send the rest in another.</p>
      )}
    </div>
  );
}
