import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailGrid } from "@/components/ui/detail-grid";
import { getSubmissionReview } from "@/lib/data/review";
import { requireModerator } from "../../_components/moderators-only";
import { ChecksCard } from "./_components/checks-card";
import { DecisionForm } from "./_components/decision-form";
import { DecisionState } from "./_components/decision-state";
import { HistoryCard } from "./_components/history-card";
import { PreviewCard } from "./_components/preview-card";
import { ProposalDetails } from "./_components/proposal-details";
import { ReviewHeader } from "./_components/review-header";

export const metadata: Metadata = { title: "Review a submission", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ metric?: string | string[] }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireModerator(`/moderation/${id}`);
  const review = await getSubmissionReview(id);
  if (!review) notFound();
  const { metric } = await searchParams;
  const canDecide = review.status === "PENDING" && review.submitter.id !== viewer.id;

  return (
    <>
      <ReviewHeader review={review} />
      <DecisionState review={review} viewerId={viewer.id} />
      <DetailGrid
        main={
          <>
            <ProposalDetails review={review} />
            <PreviewCard review={review} metricKey={typeof metric === "string" ? metric : null} />
          </>
        }
        aside={
          <>
            <DecisionForm submissionId={review.id} isOpen={canDecide} />
            <ChecksCard checks={review.checks} proposal={review.proposal} />
            <HistoryCard events={review.events} />
          </>
        }
      />
    </>
  );
}
