import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { Card } from "@/components/ui/card";
import { CheckList } from "@/components/submissions/check-list";
import { requireUserOrSignIn } from "@/lib/auth";
import { canModerate } from "@/lib/auth/roles";
import { getSubmission } from "@/lib/data/submissions";
import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";
import { markSubmissionSeen } from "@/lib/submissions/mark-submission-seen";
import { getTypicalReviewTime } from "@/lib/data/typical-review-time";
import { DecisionNote } from "./_components/decision-note";
import { NextSteps } from "./_components/next-steps";
import { ResubmitSection } from "./_components/resubmit-section";
import { ReviewHistory } from "./_components/review-history";
import { SubmissionContent } from "./_components/submission-content";
import { SubmissionHeader } from "./_components/submission-header";

export const metadata: Metadata = { title: "Submission", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function SubmissionPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserOrSignIn(`/submissions/${id}`);
  const submission = await getSubmission(id);
  if (!submission) notFound();
  const isOwn = submission.submitterId === user.id;
  if (!isOwn && !canModerate(user)) {
    return <AccessDenied title="Not your submission">Only the person who sent a submission and the moderators can see it.</AccessDenied>;
  }
  // Opening a decided submission is reading its decision: the header's badge counts one fewer.
  if (isOwn) await markSubmissionSeen(user.id, id);
  const isEditable = isOwn && submission.status === "CHANGES_REQUESTED";

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <SubmissionHeader submission={submission} isOwn={isOwn} viewerModerates={canModerate(user)} />
      {isOwn && submission.status === "PENDING" && <NextSteps typicalReviewTime={await getTypicalReviewTime()} />}
      <DecisionNote submission={submission} />
      {isEditable ? <ResubmitSection submission={submission} /> : <SubmissionContent submission={submission} />}
      <Card title="Automatic checks" aside="Computed when it was sent">
        <CheckList checks={submission.checks as unknown as SubmissionCheck[]} empty="No warnings and nothing new for the catalogue." />
      </Card>
      <Card title="History">
        <ReviewHistory events={submission.events} submitterId={submission.submitterId} />
      </Card>
    </div>
  );
}
