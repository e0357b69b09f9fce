import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ReportQuote } from "@/components/ui/timeline";
import { Pagination } from "@/components/ui/pagination";
import type { getPublicLog, PublicLogEntry } from "@/lib/data/public-log";
import { formatDate, plural } from "@/lib/format";

type Log = Awaited<ReturnType<typeof getPublicLog>>;

const WHAT = { NEW_RESULTS: "", EDIT_RESULT: "an edit of ", REPORT_RESULT: "a report on " } as const;

function Where({ benchmark, fallback }: { benchmark: PublicLogEntry["benchmark"]; fallback: string }) {
  return benchmark ? <Link href={`/sota/${benchmark.slug}`}>{benchmark.label}</Link> : <span>{fallback}</span>;
}

function Entry({ entry }: { entry: PublicLogEntry }) {
  if (entry.type === "metric") {
    return (
      <p>
        <Badge tone="amber">Metric changed</Badge> <strong className="font-medium text-slate-900">{entry.moderator}</strong> changed the {entry.what} on{" "}
        <Where benchmark={entry.benchmark} fallback="a leaderboard" />: {entry.before} → <strong className="font-medium text-slate-900">{entry.after}</strong>.
      </p>
    );
  }
  if (entry.type === "approval") {
    return (
      <p>
        <Badge tone="green">Approved</Badge> <strong className="font-medium text-slate-900">{entry.moderator}</strong> approved {WHAT[entry.kind]}
        {entry.models.length > 0 ? <strong className="font-medium text-slate-900">{entry.models.join(", ")}</strong> : "a result"} on{" "}
        <Where benchmark={entry.benchmark} fallback={entry.names} />, submitted by {entry.submitter}.
      </p>
    );
  }
  return (
    <>
      <p>
        <Badge tone="red">Retracted</Badge> <strong className="font-medium text-slate-900">{entry.moderator}</strong> retracted{" "}
        <strong className="font-medium text-slate-900">{entry.modelName}</strong> on <Where benchmark={entry.benchmark} fallback="its leaderboard" />.
      </p>
      {entry.reason && <p className="mt-1 text-slate-600">“{entry.reason}”</p>}
      {entry.report && <ReportQuote report={entry.report} />}
    </>
  );
}

export const publicLogPath = (page: number) => (page === 1 ? "/log" : `/log/page/${page}`);

/** One page of the public moderation log: /log and /log/page/N. */
export function PublicLogView({ log, page }: { log: Log; page: number }) {
  return (
    <>
      <PageHeader
        title="Moderation log"
        subtitle={`Every approval and retraction of a public result, and every change of a leaderboard's metrics: who decided what, and when. ${plural(log.total, "entry", "entries")}.`}
      />
      {log.entries.length === 0 ? (
        <EmptyState>Nothing approved or retracted yet.</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="public-log">
          {log.entries.map((entry) => (
            <li
              key={`${entry.type}-${entry.id}`}
              className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[7rem_minmax(0,1fr)] sm:gap-4"
              data-testid="public-log-entry"
            >
              <time dateTime={entry.at} className="text-slate-500">
                {formatDate(entry.at)}
              </time>
              <div className="min-w-0 leading-relaxed text-slate-700 [overflow-wrap:anywhere]">
                <Entry entry={entry} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={log.pageCount} hrefFor={publicLogPath} />
    </>
  );
}
