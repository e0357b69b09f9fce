import Link from "next/link";
import type { BenchmarkItem } from "@/lib/data/benchmark-items";
import { plural } from "@/lib/format";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import { arrowOf } from "@/lib/metrics/direction-labels";

/**
 * Benchmarks with their current best, each leading to its leaderboard. `name` picks what names a row:
 * the dataset on a task's page, the task on a dataset's page (with the subset, when there are several).
 */
export function BenchmarkTable({ benchmarks, name }: { benchmarks: BenchmarkItem[]; name: "dataset" | "task" }) {
  const spansDatasets = name === "task" && new Set(benchmarks.map((b) => b.dataset.slug)).size > 1;
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-2 pl-4 pr-3 font-medium sm:pl-0">
              {name === "dataset" ? "Dataset" : "Task"}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Best
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
              Model
            </th>
            <th scope="col" className="hidden py-2 pl-3 text-right font-medium sm:table-cell">
              Results
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {benchmarks.map((benchmark) => (
            <tr key={benchmark.id} className="align-top">
              <td className="py-3 pl-4 pr-3 sm:pl-0">
                <Link href={`/sota/${benchmark.slug}`} className="font-medium">
                  {name === "dataset" ? benchmark.dataset.name : benchmark.task.name}
                </Link>
                {spansDatasets && <p className="text-xs text-slate-600">on {benchmark.dataset.name}</p>}
                <p className="mt-0.5 text-xs text-slate-500 sm:hidden">
                  {benchmark.best ? `${benchmark.best.modelName} · ` : ""}
                  {plural(benchmark.resultCount, "result")}
                </p>
              </td>
              <td className="px-3 py-3">
                {benchmark.best ? (
                  <>
                    <ReportedValue value={benchmark.best} unit={benchmark.best.metric.unit} strong />
                    <p className="text-xs text-slate-500">
                      {benchmark.best.metric.name} {arrowOf(benchmark.best.metric.isLowerBetter)}
                    </p>
                  </>
                ) : (
                  // Results whose values rank under no metric (unparsed, or metrics not ranked) are not a best.
                  <span className="text-slate-500">{benchmark.resultCount > 0 ? "No ranked result yet" : "No results yet"}</span>
                )}
              </td>
              <td className="hidden px-3 py-3 sm:table-cell">
                {benchmark.best && (
                  <>
                    <span className="text-slate-900">{benchmark.best.modelName}</span>
                    {benchmark.best.paper && (
                      <Link href={`/paper/${benchmark.best.paper.slug}`} className="block max-w-xs truncate text-xs text-slate-500 hover:text-brand-700">
                        {benchmark.best.paper.title}
                      </Link>
                    )}
                  </>
                )}
              </td>
              <td className="tabular hidden py-3 pl-3 text-right text-slate-600 sm:table-cell">{benchmark.resultCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
