import { Card } from "@/components/ui/card";
import type { ReviewEventItem } from "@/lib/submissions/read/review";
import { formatDate } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/submissions/labels";

/** Every step of the submission's life, oldest first. */
export function HistoryCard({ events }: { events: ReviewEventItem[] }) {
  return (
    <Card title="History">
      <ol className="space-y-3 text-sm">
        {events.map((event) => (
          <li key={event.id} className="border-l-2 border-slate-200 pl-3">
            <p className="text-slate-800">
              {event.fromStatus ? `${STATUS_LABELS[event.fromStatus]} → ` : "Submitted: "}
              <strong className="font-medium">{STATUS_LABELS[event.toStatus]}</strong>
            </p>
            <p className="text-xs text-slate-500">
              {event.actor} · <time dateTime={event.createdAt.toISOString()}>{formatDate(event.createdAt)}</time>
            </p>
            {event.reason && <p className="mt-1 whitespace-pre-line text-slate-600">{event.reason}</p>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
