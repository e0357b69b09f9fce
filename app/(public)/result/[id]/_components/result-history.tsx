import type { HistoryEntry } from "@/lib/data/results";
import { ReportQuote, Timeline, TimelineItem, TimelineReason } from "@/components/ui/timeline";
import { ChangeList } from "@/components/submissions/change-list";
import { formatDate } from "@/lib/format";
import { CHANGE_LABELS } from "@/lib/submissions/labels";
import { eventLabel, KIND_LABELS } from "@/lib/submissions/labels";

function Entry({ entry }: { entry: HistoryEntry }) {
  const title =
    entry.type === "revision" ? CHANGE_LABELS[entry.change] : `${KIND_LABELS[entry.kind]}: ${eventLabel(entry.fromStatus, entry.toStatus).toLowerCase()}`;
  return (
    <TimelineItem
      testId="history-entry"
      title={title}
      meta={
        <>
          {entry.actor && <>by {entry.actor} · </>}
          <time dateTime={entry.at}>{formatDate(entry.at)}</time>
        </>
      }
    >
      {entry.reason && <TimelineReason>{entry.reason}</TimelineReason>}
      {entry.type === "revision" && entry.report && <ReportQuote report={entry.report} />}
      {entry.type === "revision" && entry.changes.length > 0 && (
        <div className="mt-1.5">
          <ChangeList changes={entry.changes} />
        </div>
      )}
    </TimelineItem>
  );
}

/** Every change of the result, newest first: edits and retraction with what they changed, and the reviews behind them. */
export function ResultHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) {
    return <p className="text-sm text-slate-500">Unchanged since it was added.</p>;
  }
  return (
    <Timeline testId="result-history">
      {entries.map((entry) => (
        <Entry key={`${entry.type}-${entry.id}`} entry={entry} />
      ))}
    </Timeline>
  );
}
