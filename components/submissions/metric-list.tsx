"use client";

import { useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button-link";
import { Field, inputClass } from "@/components/ui/field";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { CardNotes } from "./card-notes";
import { fieldId, useFieldAt } from "./form-paths";
import type { useMetricColumns } from "./metric-columns";
import { DIRECTION_ARROWS, DIRECTION_OPTIONS, DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

const MAX_METRICS = 12;

function KnownMetric({ index, metric }: { index: number; metric: { name: string; direction: MetricDirection; unit: string } }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="known-metric">
      <span className="font-medium text-slate-900">{metric.name}</span>
      <span className="text-slate-600">
        <span aria-hidden>{DIRECTION_ARROWS[metric.direction]} </span>
        {DIRECTION_TEXT[metric.direction]}
        {metric.unit && <>, in {metric.unit}</>}
      </span>
      <span className="basis-full empty:hidden">
        <CardNotes path={`benchmark.metrics.${index}.name`} />
      </span>
    </li>
  );
}

function ProposedMetric({ index, onRemove }: { index: number; onRemove?: () => void }) {
  const { register, errorAt } = useFieldAt();
  const path = `benchmark.metrics.${index}`;
  return (
    <li className="grid gap-3 rounded-md border border-dashed border-amber-300 bg-amber-50/40 p-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,0.8fr)_auto] sm:items-start">
      <div>
        <Field id={fieldId(`${path}.name`)} label="Metric name" error={errorAt(`${path}.name`)}>
          {(control) => <input {...control} {...register(`${path}.name`)} type="text" placeholder="e.g. Top 1 Accuracy" className={inputClass} />}
        </Field>
        <CardNotes path={`${path}.name`} />
      </div>
      <Field id={fieldId(`${path}.direction`)} label="Direction" error={errorAt(`${path}.direction`)}>
        {(control) => (
          <select {...control} {...register(`${path}.direction`)} className={inputClass}>
            {DIRECTION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId(`${path}.unit`)} label="Unit" error={errorAt(`${path}.unit`)}>
        {(control) => <input {...control} {...register(`${path}.unit`)} type="text" placeholder="%, or none" className={inputClass} />}
      </Field>
      {onRemove && (
        <button type="button" onClick={onRemove} className={`${buttonClass.secondary} sm:mt-6`}>
          Remove<span className="sr-only"> metric {index + 1}</span>
        </button>
      )}
    </li>
  );
}

/** The benchmark's metrics: a known benchmark's as they are, then those the submission proposes. */
export function MetricList({ columns, knownCount }: { columns: ReturnType<typeof useMetricColumns>; knownCount: number }) {
  const { errorAt } = useFieldAt();
  const metrics = useWatch({ name: "benchmark.metrics" }) as { name: string; direction: MetricDirection; unit: string }[];
  return (
    <fieldset className="space-y-2" aria-describedby={fieldId("benchmark.metrics-error")}>
      <legend className="text-sm font-medium text-slate-800">Metrics</legend>
      <p className="text-xs text-slate-500">
        {knownCount > 0
          ? "The leaderboard's metrics. A metric it lacks can be proposed too."
          : "Name each metric the results report, its direction and its unit."}
      </p>
      <ul className="space-y-2">
        {columns.fields.map((field, index) =>
          index < knownCount ? (
            <KnownMetric key={field.id} index={index} metric={metrics[index] ?? field} />
          ) : (
            <ProposedMetric key={field.id} index={index} onRemove={columns.fields.length > 1 ? () => columns.removeAt(index) : undefined} />
          ),
        )}
      </ul>
      <p id={fieldId("benchmark.metrics-error")} aria-live="polite" className="text-sm text-rose-700 empty:hidden">
        {errorAt("benchmark.metrics")}
      </p>
      {columns.fields.length < MAX_METRICS && (
        <button type="button" onClick={columns.add} className={buttonClass.secondary}>
          + {knownCount > 0 ? "Propose a metric" : "Add a metric"}
        </button>
      )}
    </fieldset>
  );
}
