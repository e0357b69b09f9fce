import { Timeline, TimelineItem, TimelineReason } from "@/components/ui/timeline";
import { eventLabel } from "@/lib/submissions/labels";
import type { SubmissionDetail } from "@/lib/data/submissions";
import { formatDate } from "@/lib/format";

/** Every step of the submission's life, oldest first: who, when, from which state to which, and why. */
export function ReviewHistory({ events, submitterId }: { events: SubmissionDetail["events"]; submitterId: string }) {
  return (
    <Timeline testId="review-history">
      {events.map((event) => (
        <TimelineItem
          key={event.id}
          title={eventLabel(event.fromStatus, event.toStatus)}
          meta={
            <>
              by {event.actor.id === submitterId ? "the submitter" : (event.actor.name ?? "a moderator")} ·{" "}
              <time dateTime={event.createdAt.toISOString()}>{formatDate(event.createdAt)}</time>
            </>
          }
        >
          {event.reason && <TimelineReason>{event.reason}</TimelineReason>}
        </TimelineItem>
      ))}
    </Timeline>
  );
}
