import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listBenchmarksForModeration } from "@/lib/submissions/read/moderation-benchmarks";
import { plural } from "@/lib/format";
import { BenchmarkListQuerySchema } from "@/lib/validations/moderation";
import { ModerationNav } from "../../_components/moderation-nav";
import { requireModerator } from "../../_components/moderators-only";

export const metadata: Metadata = { title: "Benchmarks to correct", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ModerationBenchmarksPage({ searchParams }: { searchParams: SearchParams }) {
  await requireModerator("/moderation/benchmarks");
  const { q, page } = BenchmarkListQuerySchema.parse(await searchParams);
  const { benchmarks, total, pageCount } = await listBenchmarksForModeration({ query: q, page });
  const href = (target: number) => `/moderation/benchmarks?${new URLSearchParams({ ...(q && { q }), ...(target > 1 && { page: String(target) }) })}`;

  return (
    <>
      <PageHeader title="Moderation" subtitle="Correct a benchmark's metrics: the archive's inferred directions can rank a leaderboard the wrong way round." />
      <ModerationNav current="benchmarks" />
      <form method="get" action="/moderation/benchmarks" role="search" className="mb-4 flex gap-2">
        <label htmlFor="benchmark-query" className="sr-only">
          Task or dataset
        </label>
        <input id="benchmark-query" name="q" type="search" defaultValue={q} placeholder="Task or dataset, e.g. imagenet" className={inputClass} />
        <button type="submit" className={buttonClass.primary}>
          Search
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-600">{plural(total, "benchmark")}</p>
      {benchmarks.length === 0 ? (
        <EmptyState>No benchmark’s task or dataset contains “{q}”.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
          {benchmarks.map((benchmark) => {
            const unreviewed = benchmark.metrics.filter((metric) => !metric.isDirectionReviewed).length;
            return (
              <li key={benchmark.slug} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <Link href={`/moderation/benchmarks/${benchmark.slug}`} className="font-medium [overflow-wrap:anywhere]">
                    {benchmark.label}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {benchmark.metrics.map((metric) => metric.name).join(", ")} · {plural(benchmark.resultCount, "result")}
                  </p>
                </div>
                {unreviewed > 0 ? <Badge tone="amber">{unreviewed} inferred</Badge> : <Badge tone="green">reviewed</Badge>}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={href} />
    </>
  );
}
