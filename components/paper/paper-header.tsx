import Link from "next/link";
import { WatchButton } from "@/components/follow/watch-button";
import type { PaperDetail } from "@/lib/data/papers";
import { formatDate, isoDay } from "@/lib/format";
import { ButtonLink, buttonClass } from "@/components/ui/button-link";
import { Badge } from "@/components/ui/badge";
import { TaskTags } from "./task-tags";

function ExternalButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} rel="noopener nofollow" className={buttonClass.secondary}>
      {children}
      <span aria-hidden className="text-slate-400">
        ↗
      </span>
    </a>
  );
}

/** Title, authors in order, date and venue, task tags, and the Paper / PDF / Code links. */
export function PaperHeader({ paper }: { paper: PaperDetail }) {
  const code = paper.repositories[0];
  return (
    <header className="mb-8 space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/papers" className="text-slate-500 hover:text-slate-800">
          Papers
        </Link>
      </nav>
      <h1 className="max-w-4xl leading-tight [overflow-wrap:anywhere]">{paper.title}</h1>
      <p className="text-slate-700" data-testid="paper-authors">
        {paper.authors.join(", ")}
      </p>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-500 [&>li+li]:before:mr-3 [&>li+li]:before:content-['·']">
        {paper.publishedAt && (
          <li>
            <time dateTime={isoDay(paper.publishedAt)}>{formatDate(paper.publishedAt)}</time>
          </li>
        )}
        {paper.venue && <li>{paper.venue}</li>}
        {paper.arxivId && <li>arXiv {paper.arxivId}</li>}
      </ul>
      <TaskTags tasks={paper.tasks} />
      <div className="flex flex-wrap items-center gap-2 pt-1">
        {paper.url && <ExternalButton href={paper.url}>Paper</ExternalButton>}
        {paper.pdfUrl && <ExternalButton href={paper.pdfUrl}>PDF</ExternalButton>}
        {code && (
          <ExternalButton href={code.url}>
            Code
            {code.isOfficial && <Badge tone="green">official</Badge>}
          </ExternalButton>
        )}
        <span className="flex flex-wrap gap-2 sm:ml-auto">
          <WatchButton kind="PAPER" targetId={paper.id} />
          <ButtonLink href={`/submit?paper=${encodeURIComponent(paper.slug)}`} variant="primary">
            Submit results from this paper
          </ButtonLink>
        </span>
      </div>
    </header>
  );
}
