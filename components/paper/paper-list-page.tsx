import Link from "next/link";
import type { getPaperPage } from "@/lib/data/papers";
import { formatDate, isoDay, plural } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { authorsLine } from "./related-papers";
import { TaskTags } from "./task-tags";

type PaperPage = Awaited<ReturnType<typeof getPaperPage>>;

export const papersPagePath = (page: number) => (page === 1 ? "/papers" : `/papers/page/${page}`);

/** One page of the paper list: /papers and /papers/page/N. */
export function PaperListPage({ data, page }: { data: PaperPage; page: number }) {
  return (
    <>
      <PageHeader title="Papers" subtitle={`${plural(data.total, "paper")} with their results, code and methods, newest first.`} />
      {data.papers.length === 0 ? (
        <EmptyState>No papers yet.</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="paper-list">
          {data.papers.map((paper) => (
            <li key={paper.slug} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:p-5">
              <div className="min-w-0">
                <Link
                  href={`/paper/${paper.slug}`}
                  className="text-base font-semibold leading-snug text-slate-900 [overflow-wrap:anywhere] hover:text-brand-700"
                >
                  {paper.title}
                </Link>
                <p className="mt-1 text-sm text-slate-600">{authorsLine(paper.authors)}</p>
                <p className="mt-0.5 text-xs text-slate-500">
                  {paper.publishedAt && <time dateTime={isoDay(paper.publishedAt)}>{formatDate(paper.publishedAt)}</time>}
                  {paper.venue && <> · {paper.venue}</>}
                </p>
                <div className="mt-2">
                  <TaskTags tasks={paper.tasks} size="sm" />
                </div>
              </div>
              <div className="flex shrink-0 gap-2 sm:flex-col sm:items-end">
                <Badge tone={paper.resultCount > 0 ? "brand" : "neutral"}>{plural(paper.resultCount, "result")}</Badge>
                {paper.hasCode && <Badge tone="green">code</Badge>}
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={data.pageCount} hrefFor={papersPagePath} />
    </>
  );
}
