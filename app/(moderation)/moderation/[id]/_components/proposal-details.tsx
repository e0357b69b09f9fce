import { Card } from "@/components/ui/card";
import type { SubmissionReview } from "@/lib/submissions/read/review";
import { EditDiff } from "./edit-diff";
import { ProposedEntries } from "./proposed-entries";
import { ProposedRows } from "./proposed-rows";
import { ReportSummary } from "./report-summary";

/** A new-results submission's rows: a wide table, shown at the page's full width. */
export function ProposalTables({ review }: { review: SubmissionReview }) {
  return review.proposal.kind === "NEW_RESULTS" ? <ProposedRows input={review.proposal.input} /> : null;
}

/** What the submission asks for, by kind: new rows (and catalogue entries), an edit, or a report. */
export function ProposalDetails({ review }: { review: SubmissionReview }) {
  const { proposal } = review;
  const comment = review.comment && review.kind !== "REPORT_RESULT" && (
    <Card title="Submitter's comment">
      <p className="whitespace-pre-line text-sm text-slate-700">{review.comment}</p>
    </Card>
  );
  switch (proposal.kind) {
    case "NEW_RESULTS":
      return (
        <>
          <ProposedEntries input={proposal.input} resolution={proposal.resolution} />
          {comment}
        </>
      );
    case "EDIT_RESULT":
      return (
        <>
          <EditDiff edit={proposal.input} target={proposal.target} board={review.board} targetStatus={review.targetStatus} />
          {comment}
        </>
      );
    case "REPORT_RESULT":
      return <ReportSummary report={proposal.input} target={proposal.target} board={review.board} targetStatus={review.targetStatus} />;
    case "invalid":
      return (
        <Card title="Proposal">
          <p className="text-sm text-rose-700">This submission&apos;s stored content no longer reads as a valid submission: reject it or request changes.</p>
        </Card>
      );
  }
}
