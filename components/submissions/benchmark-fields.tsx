"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import type { BenchmarkMatch } from "@/lib/data/submission-form";
import { fieldId, useFieldAt } from "./form-paths";
import { MetricList } from "./metric-list";
import { useMetricColumns } from "./metric-columns";
import { SuggestInput } from "./suggest-input";
import { useBenchmarkMatch } from "./use-benchmark-match";

function MatchStatus({ match, task, dataset, subset }: { match: BenchmarkMatch | null; task: string; dataset: string; subset: string }) {
  if (!task.trim() || !dataset.trim()) return <>Type a task and a dataset: the catalogue suggests the ones it knows.</>;
  if (match?.benchmark) {
    return (
      <span className="text-emerald-800">
        <span aria-hidden>✓ </span>Known benchmark: <Link href={`/sota/${match.benchmark.slug}`}>{match.benchmark.name}</Link>. Its metrics are below.
      </span>
    );
  }
  const proposed = [
    !match?.task && `task “${task.trim()}”`,
    !match?.dataset && `dataset “${dataset.trim()}”`,
    subset.trim() && !match?.subset && `subset “${subset.trim()}”`,
  ].filter(Boolean);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <Badge tone="amber">New benchmark</Badge>
      <span>
        It will be proposed with your results{proposed.length > 0 && <>, with a new {proposed.join(", a new ")}</>}. Name its metrics below.
      </span>
    </span>
  );
}

/** Task, dataset and optional subset, suggested from the catalogue; the benchmark's metrics when it is known. */
export function BenchmarkFields({ initialMatch }: { initialMatch: BenchmarkMatch | null }) {
  const { register, errorAt } = useFieldAt();
  const [task = "", dataset = "", subset = ""] = useWatch({ name: ["benchmark.task", "benchmark.dataset", "benchmark.subset"] }) as string[];
  const match = useBenchmarkMatch(task, dataset, subset, initialMatch);
  const columns = useMetricColumns();
  const known = match?.benchmark?.metrics ?? null;

  useEffect(() => {
    if (known) columns.adoptKnown(known.map(({ name, direction, unit }) => ({ name, direction, unit })));
    // Only a change of benchmark replaces the metrics; `columns` is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [match?.benchmark?.slug]);

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={fieldId("benchmark.task")} label="Task" hint="e.g. Image Classification" error={errorAt("benchmark.task")}>
          {(control) => <SuggestInput {...control} {...register("benchmark.task")} kind="task" query={task} />}
        </Field>
        <Field id={fieldId("benchmark.dataset")} label="Dataset" hint="e.g. ImageNet" error={errorAt("benchmark.dataset")}>
          {(control) => <SuggestInput {...control} {...register("benchmark.dataset")} kind="dataset" query={dataset} />}
        </Field>
        <Field id={fieldId("benchmark.subset")} label="Subset (optional)" hint="A split, e.g. test-dev" error={errorAt("benchmark.subset")}>
          {(control) => <SuggestInput {...control} {...register("benchmark.subset")} kind="subset" query={subset} dataset={dataset} />}
        </Field>
      </div>
      <p aria-live="polite" className="text-sm text-slate-600" data-testid="benchmark-status">
        <MatchStatus match={match} task={task} dataset={dataset} subset={subset} />
      </p>
      <MetricList columns={columns} knownCount={known?.length ?? 0} />
    </div>
  );
}
