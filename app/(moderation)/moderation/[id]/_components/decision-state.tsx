import { ButtonLink } from "@/components/ui/button-link";
import type { SubmissionReview } from "@/lib/submissions/read/review";
import { formatDate } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/submissions/labels";

/** Why there is no decision to make here: someone already decided, or it is the viewer's own submission. */
export function DecisionState({ review, viewerId, nextId }: { review: SubmissionReview; viewerId: string; nextId: string | null }) {
  if (review.status !== "PENDING") {
    return (
      <div
        className="mb-6 flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700"
        data-testid="decided-banner"
      >
        <div className="min-w-0 flex-1">
          <p>
            <strong className="font-semibold text-slate-900">{STATUS_LABELS[review.status]}</strong>
            {review.decidedBy ? (
              <>
                {" "}
                — {review.decidedBy.id === viewerId ? "decided by you" : "already decided by"}{" "}
                {review.decidedBy.id !== viewerId && <strong className="font-medium text-slate-900">{review.decidedBy.name}</strong>} on{" "}
                {formatDate(review.decidedAt)}.
              </>
            ) : (
              <> — nothing left to decide.</>
            )}
          </p>
          {review.reason && <p className="mt-1 whitespace-pre-line">Reason: {review.reason}</p>}
        </div>
        {nextId ? (
          <ButtonLink href={`/moderation/${nextId}`} variant="primary">
            Next in queue →
          </ButtonLink>
        ) : (
          <ButtonLink href="/moderation">Nothing else pending: back to the queue</ButtonLink>
        )}
      </div>
    );
  }
  if (review.submitter.id === viewerId) {
    return (
      <p className="mb-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="own-submission">
        This is your own submission: you cannot decide it. Another moderator will review it.
      </p>
    );
  }
  return null;
}
