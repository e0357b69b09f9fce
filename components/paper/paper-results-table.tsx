import Link from "next/link";
import type { PaperBenchmarkTable, PaperCell } from "@/lib/leaderboard/paper-results";
import { Badge } from "@/components/ui/badge";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import { TrustBadge } from "@/components/trust/trust-badge";
import type { Trust } from "@/lib/trust/trust-level";

const TH = "px-3 py-2 text-left align-bottom text-xs font-semibold text-slate-600";
// The model column stays in place while a phone scrolls the metrics beside it.
const STICKY = "sticky left-0 z-10 bg-white";

function ValueCell({ cell, metric, benchmark }: { cell: PaperCell | undefined; metric: PaperBenchmarkTable["metrics"][number]; benchmark: string }) {
  if (!cell) return <ReportedValue value={undefined} />;
  return (
    <div className="flex flex-col">
      <ReportedValue value={cell} strong />
      {cell.rank !== null ? (
        <Link href={metric.href} className="text-xs font-semibold" title={`Rank ${cell.rank} on ${benchmark} by ${metric.name}`}>
          #{cell.rank}
        </Link>
      ) : (
        <span className="text-xs text-slate-500" title={metric.direction === "NOT_RANKED" ? "not a ranking metric" : "not ranked"}>
          —
        </span>
      )}
    </div>
  );
}

function BenchmarkResults({ table, trust }: { table: PaperBenchmarkTable; trust?: Record<string, Trust> }) {
  const benchmark = `${table.task.name} on ${table.dataset.name}`;
  return (
    <section aria-label={benchmark} className="space-y-2">
      <h3 className="px-4 text-sm font-semibold sm:px-5">
        <Link href={`/task/${table.task.slug}`}>{table.task.name}</Link>
        <span className="font-normal text-slate-500"> on </span>
        <Link href={table.href}>{table.dataset.name}</Link>
      </h3>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={`${TH} ${STICKY} bg-slate-50! uppercase tracking-wide`}>
                Model
              </th>
              {table.metrics.map((metric) => (
                <th key={metric.id} scope="col" className={TH}>
                  {metric.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.rows.map((row) => (
              <tr key={row.resultId}>
                <th scope="row" className={`${STICKY} max-w-40 px-3 py-2.5 text-left align-top font-normal text-slate-700 sm:max-w-64`}>
                  <Link href={`/result/${row.resultId}`} className="text-slate-800 underline decoration-slate-300 underline-offset-2 hover:text-brand-700">
                    {row.modelName}
                  </Link>
                  {trust?.[row.resultId] && (
                    <span className="ml-1.5 inline-block">
                      <TrustBadge trust={trust[row.resultId]} />
                    </span>
                  )}
                  {row.usesExtraData && (
                    <span className="ml-1.5 inline-block">
                      <Badge tone="amber" title="Trained with extra data">
                        extra data
                      </Badge>
                    </span>
                  )}
                </th>
                {table.metrics.map((metric) => (
                  <td key={metric.id} className="tabular px-3 py-2.5 align-top whitespace-nowrap">
                    <ValueCell cell={row.cells[metric.id]} metric={metric} benchmark={benchmark} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The paper's results: a table per benchmark, a row per model, its metrics as columns with their ranks. */
export function PaperResultsTable({ tables, trust }: { tables: PaperBenchmarkTable[]; trust?: Record<string, Trust> }) {
  return (
    <div className="-mx-4 space-y-6 sm:-mx-5" data-testid="paper-results">
      {tables.map((table) => (
        <BenchmarkResults key={table.slug} table={table} trust={trust} />
      ))}
    </div>
  );
}
