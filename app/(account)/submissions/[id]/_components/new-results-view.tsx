import Link from "next/link";
import { Card } from "@/components/ui/card";
import { metricLabel } from "@/components/submissions/metric-label";
import { formatDate } from "@/lib/format";
import type { CreateSubmission } from "@/lib/validations/submission";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500 whitespace-nowrap";

function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-500">{term}</dt>
          <dd className="text-slate-800 [overflow-wrap:anywhere]">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** New results as submitted: the benchmark and its metrics, the paper, and each row. */
export function NewResultsView({ payload, benchmarkSlug }: { payload: CreateSubmission; benchmarkSlug: string | null }) {
  const { benchmark, paper, rows } = payload;
  return (
    <>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Benchmark" aside={benchmarkSlug ? <Link href={`/sota/${benchmarkSlug}`}>Leaderboard</Link> : "Proposed"}>
          <Facts
            items={[
              ["Task", benchmark.task],
              ["Dataset", benchmark.subset ? `${benchmark.dataset} / ${benchmark.subset}` : benchmark.dataset],
              ["Metrics", benchmark.metrics.map(metricLabel).join(" · ")],
            ]}
          />
        </Card>
        <Card title="Paper">
          <Facts
            items={[
              ["Title", paper.title],
              ["Authors", paper.authors],
              ["Published", paper.publishedAt && formatDate(paper.publishedAt)],
              [
                "Link",
                paper.ref && (
                  <a href={paper.ref} rel="noopener nofollow">
                    {paper.ref}
                  </a>
                ),
              ],
            ]}
          />
        </Card>
      </div>
      <Card title="Results as submitted">
        <div tabIndex={0} className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="submitted-rows">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={TH}>
                  Model
                </th>
                {benchmark.metrics.map((metric, index) => (
                  <th key={index} scope="col" className={TH}>
                    {metricLabel(metric)}
                  </th>
                ))}
                <th scope="col" className={TH}>
                  Extra data
                </th>
                <th scope="col" className={TH}>
                  Code
                </th>
                <th scope="col" className={TH}>
                  Evaluated
                </th>
                <th scope="col" className={TH}>
                  Evidence
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 [&_td]:px-3 [&_td]:py-2.5 [&_td]:align-top">
              {rows.map((row, index) => (
                <tr key={index}>
                  <td className="min-w-40 font-medium text-slate-900">{row.modelName}</td>
                  {benchmark.metrics.map((_, metricIndex) => (
                    <td key={metricIndex} className="tabular whitespace-nowrap">
                      {row.values[metricIndex] || <span className="text-slate-300">—</span>}
                    </td>
                  ))}
                  <td className="min-w-28">{row.usesExtraData ? row.extraData : "No"}</td>
                  <td className="max-w-48 [overflow-wrap:anywhere]">
                    {row.codeUrl ? (
                      <a href={row.codeUrl} rel="noopener nofollow">
                        {row.codeUrl.replace(/^https?:\/\//, "")}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="whitespace-nowrap">{row.evaluatedAt ? formatDate(row.evaluatedAt) : "—"}</td>
                  <td className="min-w-32">{row.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
