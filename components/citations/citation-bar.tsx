import { feedPaths } from "@/lib/feeds/feed-paths";
import { CiteForm } from "./cite-form";

const FIELD = "rounded-md border border-slate-300 px-2 py-1 text-sm";

/** Under a leaderboard's title: cite it, see it as of a past day, follow its feed. */
export function CitationBar({ benchmark }: { benchmark: string }) {
  return (
    <div className="-mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="citation-bar">
      <CiteForm benchmark={benchmark} />
      <form action={`/sota/${benchmark}`} method="get" className="flex items-center gap-2">
        <label htmlFor="as-of-day" className="text-slate-600">
          As of
        </label>
        <input id="as-of-day" name="as_of" type="date" required className={FIELD} />
        <button type="submit" className="rounded-md px-2 py-1 font-medium text-brand-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50">
          Show
        </button>
      </form>
      <a href={feedPaths.benchmark(benchmark)} className="text-slate-600 hover:text-brand-700">
        Atom feed
      </a>
    </div>
  );
}
