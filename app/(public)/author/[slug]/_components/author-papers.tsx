import Link from "next/link";
import type { AuthorPage } from "@/lib/authors/author-page";
import { formatDate } from "@/lib/format";
import { TrustBadge } from "@/components/trust/trust-badge";

/** The author's papers, newest first, each with its results on the leaderboards and their trust. */
export function AuthorPapers({ papers }: { papers: AuthorPage["papers"] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="author-papers">
      {papers.map((paper) => (
        <li key={paper.slug} className="py-3">
          <Link href={`/paper/${paper.slug}`} className="font-medium">
            {paper.title}
          </Link>
          <span className="ml-2 text-xs text-slate-500">{formatDate(paper.publishedAt)}</span>
          {paper.results.length > 0 && (
            <ul className="mt-1.5 space-y-1 text-sm text-slate-700">
              {paper.results.map((result) => (
                <li key={result.id} className="flex flex-wrap items-center gap-x-2" data-testid="author-result">
                  <Link href={`/result/${result.id}`}>{result.modelName}</Link>
                  <span className="text-slate-500">
                    on <Link href={`/sota/${result.benchmark.slug}`}>{result.benchmark.label}</Link>
                    {result.best && <> · {result.best}</>}
                  </span>
                  <TrustBadge trust={result.trust} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
