import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/submissions/status-badge";
import { KIND_LABELS } from "@/lib/submissions/labels";
import type { SubmissionDetail } from "@/lib/data/submissions";
import { formatDate } from "@/lib/format";
import { WithdrawButton } from "./withdraw-button";

/** What the submission is, its state, and what its viewer can do with it now. */
export function SubmissionHeader({ submission, isOwn, viewerModerates }: { submission: SubmissionDetail; isOwn: boolean; viewerModerates: boolean }) {
  const where = `${submission.taskName} on ${submission.datasetName}`;
  const title = submission.kind === "NEW_RESULTS" ? where : `${KIND_LABELS[submission.kind]}: ${submission.targetResult?.modelName ?? "a result"}`;
  return (
    <PageHeader
      crumbs={isOwn ? [{ href: "/submissions", label: "My submissions" }] : [{ href: "/moderation", label: "Moderation" }]}
      title={title}
      subtitle={
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span data-testid="submission-status">
            <StatusBadge status={submission.status} />
          </span>
          <span>
            {KIND_LABELS[submission.kind]}
            {submission.kind !== "NEW_RESULTS" && <> on {where}</>} · sent {formatDate(submission.createdAt)}
            {!isOwn && <> by {submission.submitter.name ?? submission.submitter.email}</>}
          </span>
        </div>
      }
      actions={
        <>
          {isOwn && submission.status === "PENDING" && <WithdrawButton submissionId={submission.id} />}
          {viewerModerates && !isOwn && submission.status === "PENDING" && (
            <ButtonLink href={`/moderation/${submission.id}`} variant="primary">
              Review it
            </ButtonLink>
          )}
        </>
      }
    />
  );
}
