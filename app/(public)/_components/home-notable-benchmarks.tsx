import Link from "next/link";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import type { BenchmarkItem } from "@/lib/data/benchmark-items";
import { plural } from "@/lib/format";
import { HomeSection } from "./home-section";
import { arrowOf } from "@/lib/metrics/direction-labels";

/** The benchmarks with the most results, each a card with its current best. */
export function HomeNotableBenchmarks({ benchmarks }: { benchmarks: BenchmarkItem[] }) {
  return (
    <HomeSection id="notable-benchmarks" title="Notable benchmarks" more={{ href: "/sota", label: "All benchmarks" }}>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {benchmarks.map((benchmark) => (
          <li key={benchmark.id} className="relative flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{benchmark.task.name}</p>
            <h3 className="mt-1 font-semibold text-slate-900">
              <Link href={`/sota/${benchmark.slug}`} className="text-slate-900 after:absolute after:inset-0 hover:text-brand-700">
                {benchmark.dataset.name}
              </Link>
            </h3>
            {benchmark.best && (
              <div className="mt-3">
                <p className="text-2xl">
                  <ReportedValue value={benchmark.best} unit={benchmark.best.metric.unit} strong />
                </p>
                <p className="text-sm text-slate-600">
                  {benchmark.best.metric.name} {arrowOf(benchmark.best.metric.isLowerBetter)} · {benchmark.best.modelName}
                </p>
              </div>
            )}
            <p className="mt-auto pt-3 text-xs text-slate-500">{plural(benchmark.resultCount, "result")}</p>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
