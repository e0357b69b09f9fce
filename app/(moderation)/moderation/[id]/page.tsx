import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailGrid } from "@/components/ui/detail-grid";
import { getNextPendingId, getSubmissionReview } from "@/lib/submissions/read/review";
import { requireModerator } from "../../_components/moderators-only";
import { ChecksCard } from "./_components/checks-card";
import { DecisionForm } from "./_components/decision-form";
import { DecisionState } from "./_components/decision-state";
import { HistoryCard } from "./_components/history-card";
import { PreviewCard } from "./_components/preview-card";
import { ProposalDetails, ProposalTables } from "./_components/proposal-details";
import { ResubmissionChanges } from "./_components/resubmission-changes";
import { ReviewHeader } from "./_components/review-header";
import { NearNamesCard } from "./_components/near-names-card";
import { RewriteNotice } from "./_components/rewrite-notice";

export const metadata: Metadata = { title: "Review a submission", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ metric?: string | string[] }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireModerator(`/moderation/${id}`);
  const review = await getSubmissionReview(id);
  if (!review) notFound();
  const { metric } = await searchParams;
  const canDecide = review.status === "PENDING" && review.submitter.id !== viewer.id;
  const nextId = review.status === "PENDING" ? null : await getNextPendingId(review.id, viewer.id);

  return (
    <>
      <ReviewHeader review={review} />
      <DecisionState review={review} viewerId={viewer.id} nextId={nextId} />
      <DetailGrid
        main={
          <RewriteNotice>
            {review.resubmission && <ResubmissionChanges resubmission={review.resubmission} />}
            <ProposalDetails review={review} />
            {review.proposal.kind === "NEW_RESULTS" && (
              <NearNamesCard
                submissionId={review.id}
                proposed={{
                  task: review.proposal.resolution.task ? null : review.proposal.input.benchmark.task,
                  dataset: review.proposal.resolution.dataset ? null : review.proposal.input.benchmark.dataset,
                }}
                canRewrite={review.status === "PENDING"}
              />
            )}
          </RewriteNotice>
        }
        aside={
          <>
            <DecisionForm submissionId={review.id} isOpen={canDecide} variant={review.kind === "REPORT_RESULT" ? "report" : "submission"} />
            <ChecksCard checks={review.checks} proposal={review.proposal} isCurrent={review.checksAreCurrent} />
            <HistoryCard events={review.events} />
          </>
        }
      />
      {/* Tables take the page's whole width, below the cards and the decision. */}
      <div className="mt-6 space-y-6">
        <ProposalTables review={review} />
        <PreviewCard review={review} metricKey={typeof metric === "string" ? metric : null} />
      </div>
    </>
  );
}
