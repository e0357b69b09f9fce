import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { describeAuditEvent } from "@/lib/audit/audit-events";
import type { AuditEntry } from "@/lib/data/audit-log";
import { CHANGE_LABELS, KIND_SHORT_LABELS, STATUS_TONES } from "@/lib/submissions/labels";
import { STATUS_LABELS } from "@/lib/submissions/labels";

const TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Change({ entry }: { entry: Extract<AuditEntry, { type: "audit" }> }) {
  const { what, before, after } = describeAuditEvent(entry);
  return (
    <>
      <Badge tone="amber">{entry.kind === "USER_ROLE" ? "Role changed" : entry.kind.startsWith("METRIC") ? "Metric changed" : "Trust and authors"}</Badge>{" "}
      <span className="text-slate-600">{what}:</span> {before} → <strong className="font-medium text-slate-900">{after}</strong>
      {entry.benchmark && (
        <>
          <span className="text-slate-600"> on </span>
          <Link href={`/sota/${entry.benchmark.slug}`} prefetch={false}>
            {entry.benchmark.label}
          </Link>
        </>
      )}
    </>
  );
}

const NO_ACTOR = { review: "", revision: "the importer", audit: "the command line" } as const;

function What({ entry }: { entry: AuditEntry }) {
  if (entry.type === "audit") return <Change entry={entry} />;
  if (entry.type === "review") {
    return (
      <>
        <Badge tone={STATUS_TONES[entry.toStatus]}>{entry.fromStatus ? STATUS_LABELS[entry.toStatus] : "Submitted"}</Badge>{" "}
        <span className="text-slate-600">{KIND_SHORT_LABELS[entry.submission.kind].toLowerCase()}:</span>{" "}
        <Link href={`/moderation/${entry.submission.id}`}>{entry.submission.label}</Link>
      </>
    );
  }
  return (
    <>
      <Badge tone={entry.change === "RETRACTED" ? "red" : "brand"}>Result {CHANGE_LABELS[entry.change].toLowerCase()}</Badge>{" "}
      <Link href={`/moderation/results/${entry.result.id}`}>{entry.result.modelName}</Link>
      <span className="text-slate-600"> on </span>
      <Link href={`/sota/${entry.result.benchmarkSlug}`} prefetch={false}>
        {entry.result.benchmarkLabel}
      </Link>
    </>
  );
}

/** The log's entries, newest first: when, who, what (a change's before → after), why. */
export function AuditEntries({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <EmptyState>Nothing in the log matches these filters.</EmptyState>;
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="audit-log">
      {entries.map((entry) => (
        <li key={`${entry.type}-${entry.id}`} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-4" data-testid="audit-entry">
          <div className="text-slate-500">
            <time dateTime={entry.createdAt.toISOString()}>{TIME.format(entry.createdAt)}</time>
            <span className="block font-medium text-slate-700">{entry.actor ?? NO_ACTOR[entry.type]}</span>
          </div>
          <div className="min-w-0 [overflow-wrap:anywhere]">
            <What entry={entry} />
            {entry.reason && <p className="mt-1 whitespace-pre-line text-slate-600">“{entry.reason}”</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
