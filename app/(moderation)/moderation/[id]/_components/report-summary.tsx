import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Provenance } from "@/components/leaderboard/provenance";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import type { SubmissionReview } from "@/lib/data/review";
import type { ReportResult } from "@/lib/validations/submission";
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
    <Card title="Reported result" aside="approving retracts it">
      <blockquote className="mb-4 border-l-4 border-rose-300 bg-rose-50 px-4 py-3 text-sm whitespace-pre-line text-rose-900" data-testid="report-reason">
        {report.reason}
      </blockquote>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Model</dt>
          <dd className="font-medium text-slate-900">{target.modelName}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Paper</dt>
          <dd>{target.paper ? <Link href={`/paper/${target.paper.slug}`}>{target.paper.title}</Link> : "—"}</dd>
        </div>
        {board.metrics.map((metric) => (
          <div key={metric.id}>
            <dt className="text-slate-500">{metric.name}</dt>
            <dd className="tabular">
              <ReportedValue value={target.values.find((value) => value.metricId === metric.id)} strong />
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-slate-500">Evidence</dt>
          <dd>{target.evidence || "—"}</dd>
        </div>
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
