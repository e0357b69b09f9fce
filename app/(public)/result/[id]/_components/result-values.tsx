import type { ResultPage } from "@/lib/data/results";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import { DIRECTION_ARROWS, DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

/** Each metric of the benchmark: the value as reported, and the rank it gives on the leaderboard. */
export function ResultValues({ result }: { result: ResultPage }) {
  return (
    <div tabIndex={0} className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="min-w-full text-sm" data-testid="result-values">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="px-4 py-2 font-semibold sm:pl-0">
              Metric
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Value
            </th>
            <th scope="col" className="px-4 py-2 font-semibold sm:pr-0">
              Rank
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {result.metrics.map((metric) => (
            <tr key={metric.id}>
              <th scope="row" className="px-4 py-2.5 text-left font-medium text-slate-800 sm:pl-0" title={metric.description || undefined}>
                {metric.name}
                {metric.unit && metric.unit !== "%" && <span className="font-normal text-slate-500"> ({metric.unit})</span>}
                <span className="ml-1.5 text-xs font-normal text-slate-500">
                  <span aria-hidden>{DIRECTION_ARROWS[metric.direction]} </span>
                  {DIRECTION_TEXT[metric.direction]}
                </span>
              </th>
              <td className="tabular whitespace-nowrap px-4 py-2.5 text-base">
                <ReportedValue value={metric.value ?? undefined} strong />
              </td>
              <td className="tabular whitespace-nowrap px-4 py-2.5 text-slate-600 sm:pr-0">
                {metric.rank !== null ? (
                  <>
                    <span className="font-semibold text-slate-900">{metric.rank}</span> of {metric.rankedCount}
                  </>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
