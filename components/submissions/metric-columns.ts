"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import type { CreateSubmission } from "@/lib/validations/submission";
import { NEW_METRIC, type MetricChoice } from "./defaults";

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The benchmark's metrics and the rows' values that follow them: `rows[r].values[i]` belongs to
 * `benchmark.metrics[i]`, so every change of the metrics moves the values with them, by name.
 */
export function useMetricColumns() {
  const form = useFormContext<CreateSubmission>();
  const { fields, replace, append, remove } = useFieldArray({ control: form.control, name: "benchmark.metrics" });

  const alignRows = (reorder: (values: string[]) => string[]) => {
    form.getValues("rows").forEach((row, index) => form.setValue(`rows.${index}.values`, reorder(row.values)));
  };

  return {
    fields,
    /** Puts these metrics first (a known benchmark's), keeping the proposed ones that are not among them. */
    adoptKnown(known: MetricChoice[]) {
      const current = form.getValues("benchmark.metrics");
      const extras = current.filter((metric) => metric.name.trim() && !known.some((k) => sameName(k.name, metric.name)));
      const next = [...known, ...extras];
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      alignRows((values) => next.map((metric) => values[current.findIndex((c) => sameName(c.name, metric.name))] ?? ""));
      replace(next);
    },
    add() {
      alignRows((values) => [...values, ""]);
      append(NEW_METRIC);
    },
    removeAt(index: number) {
      alignRows((values) => values.filter((_, i) => i !== index));
      remove(index);
    },
  };
}
