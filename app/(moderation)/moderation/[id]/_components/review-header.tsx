import { PageHeader } from "@/components/ui/page-header";
import type { SubmissionReview } from "@/lib/submissions/read/review";
import { formatDate, formatTimeAgo } from "@/lib/format";
import { KIND_SHORT_LABELS } from "@/lib/submissions/labels";
import { StatusBadge } from "@/components/submissions/status-badge";

/** What is being reviewed: "New results on Task on Dataset", its state, who sent it and when. */
export function ReviewHeader({ review }: { review: SubmissionReview }) {
  return (
    <PageHeader
      crumbs={[{ href: "/moderation", label: "Moderation" }]}
      title={`${KIND_SHORT_LABELS[review.kind]} · ${titleOf(review)}`}
      subtitle={
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <StatusBadge status={review.status} />
          <span>
            Submitted by <strong className="font-medium text-slate-800">{review.submitter.name}</strong>
          </span>
          <time dateTime={review.createdAt.toISOString()} title={formatDate(review.createdAt)}>
            {formatTimeAgo(review.createdAt)}
          </time>
        </div>
      }
    />
  );
}

function titleOf(review: SubmissionReview): string {
  if (review.board) return `${review.board.task.name} on ${review.board.dataset.name}`;
  if (review.proposal.kind === "NEW_RESULTS") {
    const { task, dataset, subset } = review.proposal.input.benchmark;
    return `${task} on ${[dataset, subset].filter(Boolean).join(" ")}`;
  }
  return "a result";
}
