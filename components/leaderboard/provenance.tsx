import type { LeaderboardRow } from "@/lib/data/leaderboards";
import { SOURCE_LABELS } from "@/lib/leaderboard/export";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** Where a row comes from: the PWC archive, the demo catalogue, or a submission and who approved it. */
export function Provenance({ result }: { result: Pick<LeaderboardRow, "source" | "submittedBy" | "approvedBy" | "approvedAt"> }) {
  if (result.source !== "SUBMISSION") {
    const title = result.source === "PWC_ARCHIVE" ? "Imported from the Papers with Code archive (CC-BY-SA 4.0)" : "Part of the demo catalogue";
    return (
      <Badge tone="neutral" title={title}>
        {SOURCE_LABELS[result.source]}
      </Badge>
    );
  }
  const details = [
    result.submittedBy && `by ${result.submittedBy}`,
    result.approvedAt && `approved ${formatDate(result.approvedAt)}${result.approvedBy ? ` by ${result.approvedBy}` : ""}`,
  ].filter(Boolean);
  return (
    <div className="min-w-36">
      <Badge tone="green" title="Submitted by a member and approved by a moderator">
        {SOURCE_LABELS.SUBMISSION}
      </Badge>
      {details.length > 0 && <div className="mt-1 text-xs text-slate-500">{details.join(", ")}</div>}
    </div>
  );
}
