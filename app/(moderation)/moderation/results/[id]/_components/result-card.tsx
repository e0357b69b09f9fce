import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ResultForModeration } from "@/lib/submissions/read/moderation-result";
import { SOURCE_LABELS } from "@/lib/leaderboard/export";
import { formatDate } from "@/lib/format";
import { ResultFacts } from "../../../../_components/result-facts";

const nameOf = (user: { name: string | null; email: string } | null) => user && (user.name ?? user.email);

/** The result: where it stands, its values as reported and where it comes from. */
export function ResultCard({ result }: { result: ResultForModeration }) {
  const provenance = [
    SOURCE_LABELS[result.source],
    result.submittedBy && `submitted by ${nameOf(result.submittedBy)}`,
    result.approvedBy && `approved by ${nameOf(result.approvedBy)} on ${formatDate(result.approvedAt)}`,
  ].filter(Boolean);
  return (
    <Card title="Result" aside={result.status === "PUBLISHED" ? <Badge tone="green">Published</Badge> : <Badge tone="red">Retracted</Badge>}>
      {result.status === "RETRACTED" && (
        <p className="mb-4 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900" data-testid="retracted-banner">
          Retracted: {result.retractedReason}
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Leaderboard</dt>
          <dd>
            <Link href={`/sota/${result.benchmark.slug}`} prefetch={false}>
              {result.benchmark.label}
            </Link>
          </dd>
        </div>
        <ResultFacts paper={result.paper} metrics={result.benchmark.metrics} values={result.values} evidence={result.evidence} />
        <div className="sm:col-span-2">
          <dt className="text-slate-500">Provenance</dt>
          <dd>
            {provenance.join(" · ")}
            {result.creatingSubmissionId && (
              <>
                {" · "}
                <Link href={`/moderation/${result.creatingSubmissionId}`}>its submission</Link>
              </>
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
