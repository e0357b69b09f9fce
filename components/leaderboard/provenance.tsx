import type { LeaderboardRow } from "@/lib/data/leaderboards";
import { SOURCE_LABELS } from "@/lib/leaderboard/export";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** Where a row comes from: the PWC archive, the demo catalogue, or a submission and who approved it. */
export function Provenance({ result }: { result: Pick<LeaderboardRow, "source" | "submittedBy" | "approvedBy" | "approvedAt"> }) {
  if (result.source !== "SUBMISSION") return <span className="whitespace-nowrap text-xs text-slate-500">{SOURCE_LABELS[result.source]}</span>;
  const details = [
    result.submittedBy && `by ${result.submittedBy}`,
    result.approvedAt && `approved ${formatDate(result.approvedAt)}${result.approvedBy ? ` by ${result.approvedBy}` : ""}`,
  ].filter(Boolean);
  return (
    <div className="min-w-36">
      <Badge tone="green">{SOURCE_LABELS.SUBMISSION}</Badge>
      {details.length > 0 && <div className="mt-1 text-xs text-slate-500">{details.join(", ")}</div>}
    </div>
  );
}

/** What the sources mean, once under the table rather than in every row. */
export function ProvenanceNote() {
  return (
    <p className="text-xs text-slate-500">
      <strong className="font-medium text-slate-600">Source:</strong> PWC archive — imported from the Papers with Code archive (CC-BY-SA 4.0); Demo — the demo
      catalogue; Submitted — proposed by a member and approved by a moderator.
    </p>
  );
}
