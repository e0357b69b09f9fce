import { Card } from "@/components/ui/card";
import { EditResultForm } from "@/components/submissions/edit-result-form";
import { ReportResultForm } from "@/components/submissions/report-result-form";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { getResultForCorrection } from "@/lib/data/results";
import { lookUpPaper, matchBenchmark } from "@/lib/data/submission-form";
import type { SubmissionDetail } from "@/lib/data/submissions";
import type { CreateSubmission, EditResult, ReportResult } from "@/lib/validations/submission";

/** A submission sent back for changes, in the form it was made with, prefilled with what was sent. */
export async function ResubmitSection({ submission }: { submission: SubmissionDetail }) {
  const target = { id: submission.id };
  if (submission.kind === "NEW_RESULTS") {
    const payload = submission.payload as unknown as CreateSubmission;
    const [initialMatch, initialLookup] = await Promise.all([
      matchBenchmark(payload.benchmark.task, payload.benchmark.dataset, payload.benchmark.subset),
      payload.paper.ref ? lookUpPaper(payload.paper.ref) : null,
    ]);
    return <SubmissionForm defaultValues={payload} initialMatch={initialMatch} initialLookup={initialLookup} submissionId={submission.id} />;
  }
  const result = submission.targetResult && (await getResultForCorrection(submission.targetResult.id));
  if (!result || result.status !== "PUBLISHED") {
    return <Card title="This result can no longer be corrected">It was retracted or removed since you wrote this: there is nothing left to correct.</Card>;
  }
  if (submission.kind === "EDIT_RESULT") {
    return (
      <EditResultForm
        resultId={result.id}
        metrics={result.benchmark.metrics}
        published={result.row}
        submission={{ ...target, values: submission.payload as unknown as EditResult }}
      />
    );
  }
  return (
    <Card title="Edit your report">
      <ReportResultForm resultId={result.id} submission={{ ...target, values: submission.payload as unknown as ReportResult }} />
    </Card>
  );
}
