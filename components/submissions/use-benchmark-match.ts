"use client";

import type { BenchmarkMatch } from "@/lib/data/submission-form";
import { useDebouncedJson } from "./use-debounced-json";

/** What the catalogue knows of the task, dataset and subset typed, asked again once typing pauses. */
export function useBenchmarkMatch(task: string, dataset: string, subset: string, initial: BenchmarkMatch | null) {
  const isNamed = task.trim() && dataset.trim();
  const params = new URLSearchParams({ kind: "benchmark", task: task.trim(), dataset: dataset.trim(), subset: subset.trim() });
  return useDebouncedJson<BenchmarkMatch | null>(isNamed ? `/api/suggest?${params}` : null, { initial, empty: null, delayMs: 350 });
}
