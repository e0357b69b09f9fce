import Link from "next/link";
import type { ResultTrust } from "@/lib/trust/reads";
import { Card } from "@/components/ui/card";
import { ContestSides } from "@/components/trust/contest-sides";
import { TrustBadge } from "@/components/trust/trust-badge";

/** The result's trust level and why, the contests about it (open or settled, both values kept), and a baseline's original row. */
export function ResultTrustCard({ resultId, trust, isPublished }: { resultId: string; trust: ResultTrust; isPublished: boolean }) {
  return (
    <Card title="Trust" className="order-2">
      <div className="space-y-3 text-sm text-slate-700" data-testid="result-trust">
        <p>
          <TrustBadge trust={trust.trust} />
        </p>
        <ul className="list-disc space-y-0.5 pl-5">
          {trust.trust.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {trust.reproductionUrl && (
          <p>
            Reproduction:{" "}
            <a href={trust.reproductionUrl} rel="noopener nofollow">
              {trust.reproductionUrl}
            </a>
          </p>
        )}
        {trust.baselineOf && (
          <p data-testid="baseline-of">
            A baseline from another source, reported by {trust.reportedBy}. Original:{" "}
            <Link href={`/result/${trust.baselineOf.id}`}>
              {trust.baselineOf.modelName}
              {trust.baselineOf.paperTitle && ` (${trust.baselineOf.paperTitle})`}
            </Link>
          </p>
        )}
        {trust.contests.map((contest) => (
          <section key={contest.id} className="space-y-2 rounded-md border border-amber-200 bg-amber-50/40 p-3" data-testid="result-contest">
            <p className="font-medium">
              {contest.kind === "DISPUTE" ? `Disputed by an author${contest.openedBy ? ` (${contest.openedBy})` : ""}` : "Contested: two sources disagree"}
              {contest.status === "OPEN"
                ? " — waiting for a moderator."
                : ` — settled${contest.settledBy ? ` by ${contest.settledBy}` : ""}: ${contest.settledReason}`}
            </p>
            <p>{contest.reason}</p>
            <ContestSides contest={contest} />
          </section>
        ))}
        {isPublished && (
          <p className="text-xs text-slate-500">
            An author of this paper? <Link href={`/result/${resultId}/author`}>Confirm or dispute this result</Link>
          </p>
        )}
      </div>
    </Card>
  );
}
