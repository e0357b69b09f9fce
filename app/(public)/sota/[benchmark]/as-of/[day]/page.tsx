import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { parseAsOfDay } from "@/lib/citations/as-of-day";
import { getLeaderboardAsOf } from "@/lib/data/leaderboard-as-of";
import { endOfDay } from "@/lib/leaderboard/as-of";
import { LEADERBOARD_PAGE_SIZE, resolveView } from "@/lib/leaderboard/view";
import { plural } from "@/lib/format";
import { AsOfBanner } from "@/components/citations/as-of-banner";
import { CiteForm } from "@/components/citations/cite-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";

// Reached by /sota/B?as_of=YYYY-MM-DD (a rewrite in next.config.js): the board as it stood that day.
type Props = { params: Promise<{ benchmark: string; day: string }> };

const load = cache(async (benchmark: string, value: string) => {
  const day = parseAsOfDay(value);
  const board = day && (await getLeaderboardAsOf(benchmark, endOfDay(day)));
  const view = board && resolveView(board, { metric: null, withoutExtraData: false });
  if (!day || !board || !view) notFound();
  return { day, board, view };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { benchmark, day } = await params;
  const { board } = await load(benchmark, day);
  return { title: `${board.task.name} on ${board.dataset.name} leaderboard as of ${day}`, alternates: { canonical: `/sota/${board.slug}?as_of=${day}` } };
}

export default async function LeaderboardAsOfPage({ params }: Props) {
  const { benchmark, day: value } = await params;
  const { day, board, view } = await load(benchmark, value);
  const shown = { ...view, rows: view.rows.slice(0, LEADERBOARD_PAGE_SIZE) };
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/sota", label: "SotA" },
          { href: `/sota/${board.slug}`, label: `${board.task.name} on ${board.dataset.name}` },
        ]}
        title={`${board.task.name} on ${board.dataset.name}`}
        subtitle={<p data-testid="leaderboard-summary">{plural(view.rows.length, "result")} then</p>}
      />
      <AsOfBanner day={day} href={`/sota/${board.slug}`}>
        <CiteForm benchmark={board.slug} asOf={day} />
      </AsOfBanner>
      {view.rows.length === 0 ? <EmptyState>No results on this benchmark yet on that day.</EmptyState> : <LeaderboardTable board={board} view={shown} />}
      {view.rows.length > shown.rows.length && <p className="text-sm text-slate-500">The first {LEADERBOARD_PAGE_SIZE} rows; a citation keeps them all.</p>}
    </div>
  );
}
