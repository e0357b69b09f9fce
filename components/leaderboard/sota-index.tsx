import Link from "next/link";
import type { SotaArea, SotaBenchmark, SotaTask } from "@/lib/data/leaderboards";
import { plural } from "@/lib/format";

function BenchmarkItem({ task, benchmark }: { task: SotaTask; benchmark: SotaBenchmark }) {
  const search = [task.name, ...task.synonyms, benchmark.dataset, benchmark.best?.modelName ?? ""].join(" ").toLowerCase();
  return (
    <li data-sota-item data-search={search}>
      <Link href={`/sota/${benchmark.slug}`} className="group flex items-start justify-between gap-4 px-4 py-3 hover:bg-slate-50">
        <span className="min-w-0">
          <span className="block font-medium text-slate-900 group-hover:text-brand-700">{benchmark.dataset}</span>
          <span className="mt-0.5 block text-sm text-slate-500">
            {benchmark.best ? (
              <>
                {benchmark.best.metric} <strong className="tabular font-semibold text-slate-800">{benchmark.best.raw}</strong> · {benchmark.best.modelName}
              </>
            ) : (
              "No ranked result yet"
            )}
          </span>
        </span>
        <span className="mt-0.5 shrink-0 whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
          {plural(benchmark.resultCount, "result")}
        </span>
      </Link>
    </li>
  );
}

/** The most reported benchmarks by area and task, marked for the client-side filter (sota-filter.tsx). */
export function SotaIndex({ areas }: { areas: SotaArea[] }) {
  return (
    <>
      <div data-sota-list className="space-y-10">
        {areas.map((area) => (
          <section key={area.slug} id={area.slug} data-sota-area={area.slug} aria-labelledby={`area-${area.slug}`} className="scroll-mt-6">
            <h2 id={`area-${area.slug}`} className="mb-4 flex flex-wrap items-baseline gap-x-3 border-b border-slate-200 pb-2">
              {area.name}
              <span className="whitespace-nowrap text-sm font-normal text-slate-500">{plural(area.taskCount, "task")}</span>
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              {area.tasks.map((task) => (
                <article key={task.slug} data-sota-task className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
                  <h3 className="border-b border-slate-100 bg-slate-50/60 px-4 py-2.5 font-semibold">
                    <Link href={`/task/${task.slug}`} className="text-slate-900 hover:text-brand-700">
                      {task.name}
                    </Link>
                  </h3>
                  <ul className="divide-y divide-slate-100">
                    {task.benchmarks.map((benchmark) => (
                      <BenchmarkItem key={benchmark.slug} task={task} benchmark={benchmark} />
                    ))}
                  </ul>
                  {task.benchmarkCount > task.benchmarks.length && (
                    <Link
                      href={`/task/${task.slug}`}
                      className="block border-t border-slate-100 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50"
                    >
                      All {plural(task.benchmarkCount, "benchmark")} →
                    </Link>
                  )}
                </article>
              ))}
            </div>
            {area.taskCount > area.tasks.length && area.slug !== "other" && (
              <p className="mt-4 text-sm">
                <Link href={`/area/${area.slug}`} className="font-medium text-brand-700 hover:underline">
                  All {plural(area.taskCount, "task")} in {area.name} →
                </Link>
              </p>
            )}
          </section>
        ))}
      </div>
      <p data-sota-empty className="hidden rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">
        No benchmark matches this filter.
      </p>
    </>
  );
}
