"use client";

import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-link";
import { FormMessage, inputClass } from "@/components/ui/field";
import { updateBenchmarkMetricsAction } from "@/lib/actions/update-benchmark-metrics";
import type { EditableBenchmark } from "@/lib/submissions/read/moderation-benchmarks";
import { plural } from "@/lib/format";
import { METRIC_DIRECTIONS } from "@/lib/validations/submission";
import { BenchmarkMetricsSchema, type BenchmarkMetrics } from "@/lib/validations/moderation";

const DIRECTION_LABELS: Record<(typeof METRIC_DIRECTIONS)[number], string> = {
  HIGHER_IS_BETTER: "Higher is better ↑",
  LOWER_IS_BETTER: "Lower is better ↓",
  NOT_RANKED: "Not ranked (not a score)",
};

/** The benchmark's metrics in order: direction, unit, and buttons to move one up or down. */
export function MetricsForm({ benchmark }: { benchmark: EditableBenchmark }) {
  const byId = new Map(benchmark.metrics.map((metric) => [metric.id, metric]));
  const form = useForm<BenchmarkMetrics>({
    resolver: zodResolver(BenchmarkMetricsSchema),
    defaultValues: { benchmarkId: benchmark.id, metrics: benchmark.metrics.map(({ id, direction, unit }) => ({ id, direction, unit })) },
  });
  // The rows carry the metric's own `id`: the array's generated key goes elsewhere.
  const { fields, move } = useFieldArray({ control: form.control, name: "metrics", keyName: "key" });
  const { submit, message, tone, isBusy } = useActionForm(form, { refresh: "success" });
  const onSubmit = submit(updateBenchmarkMetricsAction, { then: (answer, values) => answer.ok && form.reset(values) });

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Metrics of this benchmark">
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {fields.map((field, index) => {
          const metric = byId.get(field.id)!;
          const errors = form.formState.errors.metrics?.[index];
          return (
            <li key={field.key} className="grid gap-3 px-4 py-4 md:grid-cols-[minmax(0,1fr)_14rem_8rem_auto] md:items-start" data-testid="metric-row">
              <div className="min-w-0 md:pt-6">
                <p className="font-medium text-slate-900">
                  <span className="mr-2 text-slate-500">{index + 1}.</span>
                  {metric.name}
                </p>
                <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  {metric.isDirectionReviewed ? <Badge tone="green">reviewed</Badge> : <Badge tone="amber">inferred</Badge>}
                  {plural(metric.valueCount, "value")}
                  {index === 0 && <span>default ranking unless not ranked</span>}
                </p>
              </div>
              <div>
                <label htmlFor={`direction-${index}`} className="block text-sm font-medium text-slate-800">
                  Direction<span className="sr-only"> of {metric.name}</span>
                </label>
                <select id={`direction-${index}`} {...form.register(`metrics.${index}.direction`)} className={`${inputClass} mt-1`}>
                  {METRIC_DIRECTIONS.map((direction) => (
                    <option key={direction} value={direction}>
                      {DIRECTION_LABELS[direction]}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`unit-${index}`} className="block text-sm font-medium text-slate-800">
                  Unit<span className="sr-only"> of {metric.name}</span>
                </label>
                <input
                  id={`unit-${index}`}
                  {...form.register(`metrics.${index}.unit`)}
                  aria-invalid={errors?.unit ? true : undefined}
                  aria-describedby={`unit-${index}-error`}
                  placeholder="%, s, count…"
                  className={`${inputClass} mt-1`}
                />
                <p id={`unit-${index}-error`} aria-live="polite" className="mt-1 text-sm text-rose-700 empty:mt-0">
                  {errors?.unit?.message}
                </p>
              </div>
              <div className="flex gap-1 md:pt-6">
                <button
                  type="button"
                  onClick={() => move(index, index - 1)}
                  disabled={index === 0}
                  className={buttonClass.secondary}
                  aria-label={`Move ${metric.name} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => move(index, index + 1)}
                  disabled={index === fields.length - 1}
                  className={buttonClass.secondary}
                  aria-label={`Move ${metric.name} down`}
                >
                  ↓
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isBusy} className={buttonClass.primary}>
          {isBusy ? "Saving…" : "Save metrics"}
        </button>
        <span className="text-sm text-slate-500">Saving marks every metric as reviewed: later imports keep what you set.</span>
      </div>
      <FormMessage tone={tone}>{message}</FormMessage>
    </form>
  );
}
