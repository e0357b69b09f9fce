import Link from "next/link";
import type { PaperResultRow } from "@/lib/data/papers";
import { Badge } from "@/components/ui/badge";
import { ReportedValue } from "@/components/leaderboard/reported-value";

const TH = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "px-3 py-2.5 align-top";

const benchmarkOf = (row: PaperResultRow) => `${row.task.slug} ${row.dataset.slug}`;

/** How many rows from `index` on share its benchmark, or 0 when the row above already spans it. */
function span(rows: PaperResultRow[], index: number): number {
  if (index > 0 && benchmarkOf(rows[index - 1]) === benchmarkOf(rows[index])) return 0;
  let end = index + 1;
  while (end < rows.length && benchmarkOf(rows[end]) === benchmarkOf(rows[index])) end += 1;
  return end - index;
}

/** Every value the paper reports, one row each, with its rank on that metric's leaderboard. */
export function PaperResultsTable({ rows }: { rows: PaperResultRow[] }) {
  return (
    <div className="-mx-4 overflow-x-auto sm:-mx-5">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="paper-results">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>Task</th>
            <th scope="col" className={TH}>Dataset</th>
            <th scope="col" className={TH}>Metric</th>
            <th scope="col" className={TH}>Value</th>
            <th scope="col" className={TH}>Model</th>
            <th scope="col" className={`${TH} text-right`}>Rank</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => (
            <tr key={`${row.resultId}-${row.metric.name}`}>
              {span(rows, index) > 0 && (
                <>
                  <td rowSpan={span(rows, index)} className={`${TD} min-w-32`}>
                    <Link href={`/task/${row.task.slug}`}>{row.task.name}</Link>
                  </td>
                  <td rowSpan={span(rows, index)} className={TD}>
                    <Link href={row.href}>{row.dataset.name}</Link>
                  </td>
                </>
              )}
              <td className={`${TD} min-w-28 text-slate-700`}>{row.metric.name}</td>
              <td className={`${TD} tabular whitespace-nowrap`}>
                <ReportedValue value={row} strong />
              </td>
              <td className={`${TD} min-w-40 text-slate-700`}>
                {row.modelName}
                {row.usesExtraData && (
                  <span className="ml-1.5">
                    <Badge tone="amber" title="Trained with extra data">extra data</Badge>
                  </span>
                )}
              </td>
              <td className={`${TD} text-right whitespace-nowrap`}>
                {row.rank !== null ? (
                  <Link href={row.href} className="font-semibold" title={`Rank ${row.rank} on ${row.task.name} on ${row.dataset.name} by ${row.metric.name}`}>
                    #{row.rank}
                  </Link>
                ) : (
                  <span className="text-slate-400" title={row.metric.direction === "NOT_RANKED" ? "not a ranking metric" : "not ranked"}>—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
