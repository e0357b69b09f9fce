import Link from "next/link";
import type { PaperSummary } from "@/lib/data/papers";
import { formatDate, isoDay } from "@/lib/format";

export function authorsLine(authors: string[]): string {
  return authors.length > 3 ? `${authors.slice(0, 3).join(", ")} et al.` : authors.join(", ");
}

/** A short list of papers: title, first authors, date. */
export function PaperList({ papers }: { papers: PaperSummary[] }) {
  return (
    <ul className="space-y-3">
      {papers.map((paper) => (
        <li key={paper.slug}>
          <Link href={`/paper/${paper.slug}`} className="font-medium leading-snug [overflow-wrap:anywhere]">
            {paper.title}
          </Link>
          <p className="text-xs text-slate-500">
            {authorsLine(paper.authors)}
            {paper.publishedAt && (
              <>
                {" · "}
                <time dateTime={isoDay(paper.publishedAt)}>{formatDate(paper.publishedAt)}</time>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
