import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { PaperItem } from "@/lib/data/shapes";
import { formatMonth, isoDay } from "@/lib/format";

const AUTHORS_SHOWN = 4;

function authorLine(authors: string[]): string {
  const shown = authors.slice(0, AUTHORS_SHOWN).join(", ");
  return authors.length > AUTHORS_SHOWN ? `${shown} et al.` : shown;
}

/** Papers as a list: title, authors, venue and date, and whether code is linked. */
export function PaperList({ papers }: { papers: PaperItem[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {papers.map((paper) => (
        <li key={paper.slug} className="py-3 first:pt-0 last:pb-0">
          <Link href={`/paper/${paper.slug}`} className="font-medium text-slate-900 hover:text-brand-700">
            {paper.title}
          </Link>
          <p className="mt-0.5 text-sm text-slate-500">
            {[authorLine(paper.authors), paper.venue].filter(Boolean).join(" · ")}
            {paper.publishedAt && (
              <>
                {(paper.authors.length > 0 || paper.venue) && " · "}
                <time dateTime={isoDay(paper.publishedAt)} className="tabular">
                  {formatMonth(paper.publishedAt)}
                </time>
              </>
            )}
            {paper.hasCode && (
              <span className="ml-2 align-middle">
                <Badge tone="green">Code</Badge>
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
