import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ChangeList } from "@/components/submissions/change-list";
import { getResultForCorrection } from "@/lib/data/results";
import type { SubmissionDetail } from "@/lib/data/submissions";
import { diffRows } from "@/lib/submissions/result-row";
import type { CreateSubmission, EditResult } from "@/lib/validations/submission";
import { NewResultsView } from "./new-results-view";

/** A correction's target, as it is published now. */
function TargetLink({ result }: { result: { id: string; modelName: string } | null }) {
  return result ? <Link href={`/result/${result.id}`}>{result.modelName}</Link> : <>a result that no longer exists</>;
}

/** What was submitted: new rows, a suggested edit as a diff against the published result, or a report. */
export async function SubmissionContent({ submission }: { submission: SubmissionDetail }) {
  if (submission.kind === "NEW_RESULTS") {
    return (
      <>
        <NewResultsView payload={submission.payload as unknown as CreateSubmission} benchmarkSlug={submission.benchmark?.slug ?? null} />
        {submission.comment && (
          <Card title="Comment">
            <p className="whitespace-pre-line text-sm text-slate-700">{submission.comment}</p>
          </Card>
        )}
      </>
    );
  }
  const result = submission.targetResult && (await getResultForCorrection(submission.targetResult.id));
  if (submission.kind === "REPORT_RESULT") {
    return (
      <Card title="The problem reported">
        <p className="text-sm text-slate-500">
          About <TargetLink result={submission.targetResult} />
        </p>
        <p className="mt-2 whitespace-pre-line text-slate-800">{submission.comment}</p>
      </Card>
    );
  }
  const edit = submission.payload as unknown as EditResult;
  const changes = result
    ? diffRows(
        result.row,
        edit.row,
        result.benchmark.metrics.map((metric) => metric.name),
      )
    : [];
  return (
    <Card title="The edit suggested">
      <p className="mb-3 text-sm text-slate-500">
        Compared with <TargetLink result={submission.targetResult} /> as it is published now
      </p>
      {changes.length > 0 ? <ChangeList changes={changes} /> : <p className="text-sm text-slate-500">It matches the published result now.</p>}
      <p className="mt-4 text-sm font-medium text-slate-800">Why</p>
      <p className="whitespace-pre-line text-sm text-slate-700">{edit.comment}</p>
    </Card>
  );
}
