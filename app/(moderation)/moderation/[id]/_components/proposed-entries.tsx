import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Resolution } from "@/lib/submissions/resolve-submission";
import type { CreateSubmission } from "@/lib/validations/submission";
import { isPaperRef, normalisePaperRef } from "@/lib/submissions/paper-ref";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

type Entry = { label: string; name: string; href: string | null; isNew: boolean; detail?: string; source?: string };

/** The catalogue entries the submission names: existing ones link to their page, new ones are marked. */
export function ProposedEntries({ input, resolution }: { input: CreateSubmission; resolution: Resolution }) {
  const { benchmark, paper } = input;
  const entries: Entry[] = [
    { label: "Task", name: resolution.task?.name ?? benchmark.task, href: resolution.task && `/task/${resolution.task.slug}`, isNew: !resolution.task },
    {
      label: "Dataset",
      name: resolution.dataset?.name ?? benchmark.dataset,
      href: resolution.dataset && `/dataset/${resolution.dataset.slug}`,
      isNew: !resolution.dataset,
    },
    ...(benchmark.subset
      ? [
          {
            label: "Subset",
            name: resolution.subset?.name ?? benchmark.subset,
            href: resolution.subset && `/dataset/${resolution.subset.slug}`,
            isNew: !resolution.subset,
          },
        ]
      : []),
    {
      label: "Benchmark",
      name: `${resolution.task?.name ?? benchmark.task} on ${[benchmark.dataset, benchmark.subset].filter(Boolean).join(" ")}`,
      href: resolution.benchmark && `/sota/${resolution.benchmark.slug}`,
      isNew: !resolution.benchmark,
    },
    ...resolution.metrics.map((metric) => ({
      label: "Metric",
      name: metric.name,
      href: null,
      isNew: !metric.existing,
      detail: [DIRECTION_TEXT[metric.direction], metric.unit && `unit ${metric.unit}`].filter(Boolean).join(", "),
    })),
    {
      label: "Paper",
      name: resolution.paper?.title ?? (paper.title || paper.ref || "none given"),
      href: resolution.paper && `/paper/${resolution.paper.slug}`,
      isNew: !resolution.paper,
      detail: resolution.paper ? undefined : [paper.authors, paper.publishedAt].filter(Boolean).join(" · "),
      source: isPaperRef(paper.ref) ? normalisePaperRef(paper.ref) : undefined,
    },
  ];
  const newCount = entries.filter((entry) => entry.isNew).length;
  return (
    <Card title="Catalogue entries" aside={newCount > 0 ? `${newCount} new, created on approval` : "all exist already"}>
      <dl className="divide-y divide-slate-100 text-sm" data-testid="catalogue-entries">
        {entries.map((entry, i) => (
          <div key={i} className="grid gap-1 py-2 sm:grid-cols-[7rem_minmax(0,1fr)] sm:gap-3">
            <dt className="text-slate-500">{entry.label}</dt>
            <dd className="min-w-0 [overflow-wrap:anywhere]">
              {entry.href ? (
                <Link href={entry.href} prefetch={false}>
                  {entry.name}
                </Link>
              ) : (
                <span className="text-slate-900">{entry.name}</span>
              )}
              {entry.isNew && (
                <span className="ml-2" data-testid="new-entry">
                  <Badge tone="brand">new</Badge>
                </span>
              )}
              {entry.source && (
                <a href={entry.source} rel="noopener nofollow" className="mt-0.5 block text-xs [overflow-wrap:anywhere]">
                  {entry.source}
                </a>
              )}
              {entry.detail && <span className="mt-0.5 block text-xs text-slate-500">{entry.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
