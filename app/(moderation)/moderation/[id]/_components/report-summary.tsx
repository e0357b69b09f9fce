import { Card } from "@/components/ui/card";
import { Provenance } from "@/components/leaderboard/provenance";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import type { SubmissionReview } from "@/lib/submissions/read/review";
import type { ReportResult } from "@/lib/validations/submission";
import { ResultFacts } from "../../../_components/result-facts";
import { TargetMissing } from "./target-missing";

/** The reported result as published, and what the reporter says is wrong with it. Approving retracts it. */
export function ReportSummary({
  report,
  target,
  board,
  targetStatus,
}: {
  report: ReportResult;
  target: LeaderboardRow | null;
  board: Leaderboard | null;
  targetStatus: SubmissionReview["targetStatus"];
}) {
  if (!target || !board) return <TargetMissing title="Reported result" targetStatus={targetStatus} />;
  return (
    <Card title="Reported result" aside="the report, in the reporter's words">
      <blockquote className="mb-4 border-l-4 border-rose-300 bg-rose-50 px-4 py-3 text-sm whitespace-pre-line text-rose-900" data-testid="report-reason">
        {report.reason}
      </blockquote>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Model</dt>
          <dd className="font-medium text-slate-900">{target.modelName}</dd>
        </div>
        <ResultFacts paper={target.paper} metrics={board.metrics} values={target.values} evidence={target.evidence} />
        <div>
          <dt className="text-slate-500">Source</dt>
          <dd>
            <Provenance result={target} />
          </dd>
        </div>
      </dl>
    </Card>
  );
}
