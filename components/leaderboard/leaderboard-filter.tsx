import Link from "next/link";

/** A search box over a leaderboard's rows (model or paper name): a plain GET form, its answer at /sota/B/search?q=…. */
export function LeaderboardFilter({ slug, query = "" }: { slug: string; query?: string }) {
  return (
    <form action={`/sota/${slug}/search`} role="search" aria-label="Rows of this leaderboard" className="flex max-w-md gap-2">
      <label htmlFor="leaderboard-filter" className="sr-only">
        Find a model or paper on this leaderboard
      </label>
      <input
        id="leaderboard-filter"
        name="q"
        type="search"
        defaultValue={query}
        placeholder="Find a model or paper on this leaderboard"
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm placeholder:text-slate-500"
      />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50">
        Find
      </button>
      {query && (
        <Link href={`/sota/${slug}`} className="self-center text-sm whitespace-nowrap">
          All rows
        </Link>
      )}
    </form>
  );
}
