import { SearchBox } from "@/components/catalogue/search-box";
import type { CatalogueCounts } from "@/lib/data/catalogue";
import { formatCount } from "@/lib/format";

/** What the site is, a search box, and how much it holds. */
export function HomeHero({ counts }: { counts: CatalogueCounts }) {
  const stats = [
    { label: "Benchmarks", value: counts.benchmarks },
    { label: "Results", value: counts.results },
    { label: "Papers", value: counts.papers },
    { label: "Tasks", value: counts.tasks },
  ];
  return (
    <section className="rounded-xl border border-slate-200 bg-white px-5 py-7 shadow-sm sm:px-10 sm:py-10">
      <h1 className="max-w-3xl text-[1.75rem] leading-tight sm:text-4xl">The state of the art in machine learning, kept by its community</h1>
      <p className="mt-3 max-w-3xl text-base text-slate-600 sm:text-lg">
        Leaderboards for tasks and datasets across machine learning, where every result names its paper, its code and who vouched for it.
      </p>
      <div className="mt-6 max-w-2xl">
        <SearchBox id="home-search" size="lg" />
      </div>
      <dl className="mt-7 grid grid-cols-2 gap-4 border-t border-slate-100 pt-6 sm:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label}>
            <dt className="text-sm text-slate-500">{stat.label}</dt>
            <dd className="tabular text-2xl font-semibold text-slate-900">{formatCount(stat.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
