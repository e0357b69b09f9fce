import Link from "next/link";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import type { LeaderboardValue } from "@/lib/data/leaderboards";

type Facts = {
  paper: { slug: string; title: string } | null;
  metrics: { id: string; name: string }[];
  values: Pick<LeaderboardValue, "metricId" | "raw" | "value" | "uncertainty">[];
  evidence: string;
};

/** A result's paper, values and evidence, as entries of the caller's <dl>. */
export function ResultFacts({ paper, metrics, values, evidence }: Facts) {
  return (
    <>
      <div>
        <dt className="text-slate-500">Paper</dt>
        <dd>
          {paper ? (
            <Link href={`/paper/${paper.slug}`} prefetch={false}>
              {paper.title}
            </Link>
          ) : (
            "—"
          )}
        </dd>
      </div>
      {metrics.map((metric) => (
        <div key={metric.id}>
          <dt className="text-slate-500">{metric.name}</dt>
          <dd className="tabular">
            <ReportedValue value={values.find((value) => value.metricId === metric.id)} strong />
          </dd>
        </div>
      ))}
      <div>
        <dt className="text-slate-500">Evidence</dt>
        <dd>{evidence || "—"}</dd>
      </div>
    </>
  );
}
