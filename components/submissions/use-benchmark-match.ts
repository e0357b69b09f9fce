"use client";

import { useEffect, useState } from "react";
import type { BenchmarkMatch } from "@/lib/data/submission-form";

const DEBOUNCE_MS = 350;

/** What the catalogue knows of the task, dataset and subset typed, asked again once typing pauses. */
export function useBenchmarkMatch(task: string, dataset: string, subset: string, initial: BenchmarkMatch | null) {
  const [match, setMatch] = useState<BenchmarkMatch | null>(initial);
  useEffect(() => {
    if (!task.trim() || !dataset.trim()) return setMatch(null);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ kind: "benchmark", task: task.trim(), dataset: dataset.trim(), subset: subset.trim() });
      fetch(`/api/suggest?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((found: BenchmarkMatch | null) => setMatch(found))
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [task, dataset, subset]);
  return match;
}
