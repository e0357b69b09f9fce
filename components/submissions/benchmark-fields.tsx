"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { CardNotes } from "./card-notes";
import type { BenchmarkMatch } from "@/lib/data/submission-form";
import { fieldId, useFieldAt } from "./form-paths";
import { MetricList } from "./metric-list";
import { useMetricColumns } from "./metric-columns";
import { SuggestInput } from "./suggest-input";
import { useBenchmarkMatch } from "./use-benchmark-match";
import type { Setting } from "@/lib/settings/kinds";

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
      <span>It will be proposed with your results{proposed.length > 0 && <>, with a new {proposed.join(", a new ")}</>}. Name its metrics below.</span>
    </span>
  );
}

const NAME_FIELDS = [
  { name: "task", label: "Task", hint: "e.g. Image Classification" },
  { name: "dataset", label: "Dataset", hint: "e.g. ImageNet" },
  { name: "subset", label: "Subset (optional)", hint: "A split, e.g. test-dev" },
] as const;

/** Task, dataset and optional subset, suggested from the catalogue; the benchmark's metrics when it is known. */
export function BenchmarkFields({
  initialMatch,
  onSettings,
}: {
  initialMatch: BenchmarkMatch | null;
  /** The known benchmark's settings, which each row is asked; none for a new benchmark. */
  onSettings?: (settings: Setting[]) => void;
}) {
  const { register, errorAt } = useFieldAt();
  const [task = "", dataset = "", subset = ""] = useWatch({ name: ["benchmark.task", "benchmark.dataset", "benchmark.subset"] }) as string[];
  const match = useBenchmarkMatch(task, dataset, subset, initialMatch);
  const columns = useMetricColumns();
  const known = match?.benchmark?.metrics ?? null;
  const typed = { task, dataset, subset };

  useEffect(() => {
    if (known) columns.adoptKnown(known.map(({ name, direction, unit }) => ({ name, direction, unit })));
    onSettings?.(match?.benchmark?.settings ?? []);
    // Only a change of benchmark replaces the metrics; `columns` is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [match?.benchmark?.slug]);

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        {NAME_FIELDS.map(({ name, label, hint }) => (
          <div key={name}>
            <Field id={fieldId(`benchmark.${name}`)} label={label} hint={hint} error={errorAt(`benchmark.${name}`)}>
              {(control) => (
                <SuggestInput
                  {...control}
                  {...register(`benchmark.${name}`)}
                  kind={name}
                  query={typed[name]}
                  dataset={name === "subset" ? dataset : undefined}
                />
              )}
            </Field>
            <CardNotes path={`benchmark.${name}`} />
          </div>
        ))}
      </div>
      <p aria-live="polite" className="text-sm text-slate-600" data-testid="benchmark-status">
        <MatchStatus match={match} task={task} dataset={dataset} subset={subset} />
      </p>
      <MetricList columns={columns} knownCount={known?.length ?? 0} />
    </div>
  );
}
