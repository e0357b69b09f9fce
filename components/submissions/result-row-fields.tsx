"use client";

import { useController, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { CardNotes } from "./card-notes";
import { fieldId, useFieldAt } from "./form-paths";
import { metricLabel } from "./metric-label";
import { RowSettingsFields } from "./row-settings-fields";
import type { Setting } from "@/lib/settings/kinds";

export type RowMetric = { name: string; direction: MetricDirection; unit: string };

function ExtraDataFields({ prefix }: { prefix: string }) {
  const { register, errorAt } = useFieldAt();
  const { field } = useController({ name: `${prefix}.usesExtraData` });
  const name = fieldId(`${prefix}.usesExtraData`);
  const radio = "h-4 w-4 border-slate-300 text-brand-600 focus:ring-brand-500";
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Extra training data</legend>
      <p className="text-xs text-slate-500">Was the model trained on data beyond the benchmark&apos;s training set?</p>
      <div className="flex gap-5 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name={name} className={radio} checked={!field.value} onChange={() => field.onChange(false)} onBlur={field.onBlur} />
          No
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={name} className={radio} checked={Boolean(field.value)} onChange={() => field.onChange(true)} onBlur={field.onBlur} />
          Yes
        </label>
      </div>
      {field.value && (
        <Field id={fieldId(`${prefix}.extraData`)} label="Which extra data?" hint="e.g. JFT-300M pre-training" error={errorAt(`${prefix}.extraData`)}>
          {(control) => <input {...control} {...register(`${prefix}.extraData`)} type="text" className={inputClass} />}
        </Field>
      )}
    </fieldset>
  );
}

/** One leaderboard row's fields at `prefix` ("rows.0" or "row"): model, a value per metric, comparability, evidence. */
export function ResultRowFields({ prefix, metrics, settings }: { prefix: string; metrics: RowMetric[]; settings?: Setting[] }) {
  const { register, errorAt } = useFieldAt();
  // Re-render when values change, so that a list-level message ("Give at least one value") shows and clears.
  useWatch({ name: `${prefix}.values` });
  const valuesError = errorAt(`${prefix}.values`);
  return (
    <div className="space-y-4">
      <div>
        <Field
          id={fieldId(`${prefix}.modelName`)}
          label="Model name"
          hint="As the paper names it, e.g. ResNet-50 (ensemble)"
          error={errorAt(`${prefix}.modelName`)}
        >
          {(control) => <input {...control} {...register(`${prefix}.modelName`)} type="text" className={inputClass} />}
        </Field>
        <CardNotes path={`${prefix}.modelName`} />
      </div>

      <fieldset aria-describedby={fieldId(`${prefix}.values-error`)}>
        <legend className="text-sm font-medium text-slate-800">Values</legend>
        <p className="text-xs text-slate-500">As reported: 88.5, 88.5%, 0.82 ± 0.01 or 2.1M. Leave a metric empty if the paper does not give it.</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {metrics.map((metric, index) => (
            <div key={`${index}-${metric.name}`}>
              <Field
                id={fieldId(`${prefix}.values.${index}`)}
                label={metric.name.trim() ? metricLabel(metric) : `Metric ${index + 1} (name it above)`}
                error={errorAt(`${prefix}.values.${index}`)}
              >
                {(control) => (
                  <input {...control} {...register(`${prefix}.values.${index}`)} type="text" inputMode="text" className={`${inputClass} tabular`} />
                )}
              </Field>
              <CardNotes path={`${prefix}.values.${index}`} />
            </div>
          ))}
        </div>
        <p id={fieldId(`${prefix}.values-error`)} aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
          {valuesError}
        </p>
      </fieldset>

      <ExtraDataFields prefix={prefix} />

      {settings && <RowSettingsFields prefix={prefix} settings={settings} />}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={fieldId(`${prefix}.codeUrl`)} label="Code URL" hint="Optional: the code that produced the result" error={errorAt(`${prefix}.codeUrl`)}>
          {(control) => <input {...control} {...register(`${prefix}.codeUrl`)} type="url" placeholder="https://github.com/…" className={inputClass} />}
        </Field>
        <Field id={fieldId(`${prefix}.evaluatedAt`)} label="Evaluation date" hint="Optional: else the paper's date" error={errorAt(`${prefix}.evaluatedAt`)}>
          {(control) => <input {...control} {...register(`${prefix}.evaluatedAt`)} type="date" className={inputClass} />}
        </Field>
      </div>

      <Field
        id={fieldId(`${prefix}.evidence`)}
        label="Evidence"
        hint={'Where the numbers stand: "Table 2", "Figure 3", "p. 7", or a URL'}
        error={errorAt(`${prefix}.evidence`)}
      >
        {(control) => <input {...control} {...register(`${prefix}.evidence`)} type="text" className={inputClass} />}
      </Field>
    </div>
  );
}
