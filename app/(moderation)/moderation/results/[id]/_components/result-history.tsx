import { Card } from "@/components/ui/card";
import type { ResultForModeration } from "@/lib/submissions/read/moderation-result";
import { formatDate } from "@/lib/format";
import { CHANGE_LABELS } from "@/lib/submissions/labels";

/** The result's earlier changes, newest first. */
export function ResultHistory({ revisions }: { revisions: ResultForModeration["revisions"] }) {
  if (revisions.length === 0) return null;
  return (
    <Card title="History">
      <ol className="space-y-3 text-sm">
        {revisions.map((revision) => (
          <li key={revision.id} className="border-l-2 border-slate-200 pl-3">
            <p className="font-medium text-slate-800">{CHANGE_LABELS[revision.change]}</p>
            <p className="text-xs text-slate-500">
              {revision.actor ? (revision.actor.name ?? revision.actor.email) : "the importer"} · {formatDate(revision.createdAt)}
            </p>
            {revision.reason && <p className="mt-1 whitespace-pre-line text-slate-600">{revision.reason}</p>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
