import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLeaderboard } from "@/lib/data/leaderboards";
import { filterLeaderboardRows } from "@/lib/leaderboard/filter-rows";
import { resolveView } from "@/lib/leaderboard/view";
import { formatCount, plural } from "@/lib/format";
import { LeaderboardFilter } from "@/components/leaderboard/leaderboard-filter";
import { LeaderboardHeader } from "@/components/leaderboard/leaderboard-header";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";

type Props = { params: Promise<{ benchmark: string }>; searchParams: Promise<{ q?: string | string[] }> };

// A filtered leaderboard is asked for rarely and differs by query: rendered per request, beside the cached board.
const ROWS_SHOWN = 200;

async function load({ params, searchParams }: Props) {
  const [{ benchmark }, { q }] = await Promise.all([params, searchParams]);
  const query = (Array.isArray(q) ? q[0] : (q ?? "")).trim().slice(0, 200);
  const board = await getLeaderboard(benchmark);
  const view = board && resolveView(board, { metric: null, withoutExtraData: false });
  if (!board || !view) notFound();
  return { board, view, query, rows: filterLeaderboardRows(view.rows, query) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { board, query } = await load(props);
  return { title: `“${query}” on ${board.task.name} on ${board.dataset.name}`, robots: { index: false } };
}

export default async function LeaderboardSearchPage(props: Props) {
  const { board, view, query, rows } = await load(props);
  return (
    <div className="space-y-6">
      <LeaderboardHeader board={board} view={view} />
      <LeaderboardFilter slug={board.slug} query={query} />
      <p className="text-sm text-slate-600" data-testid="leaderboard-filter-count" aria-live="polite">
        {query ? `${plural(rows.length, "row")} of ${formatCount(view.rows.length)} match “${query}”, ranked among all rows.` : "Type a model or paper name."}
        {rows.length > ROWS_SHOWN && ` The first ${ROWS_SHOWN} are shown.`}
      </p>
      {rows.length > 0 && <LeaderboardTable board={board} view={{ ...view, rows: rows.slice(0, ROWS_SHOWN) }} />}
    </div>
  );
}
