import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLeaderboard } from "@/lib/data/leaderboards";
import { getLeaderboardChanges } from "@/lib/data/leaderboard-changes";
import { LEADERBOARD_PAGE_SIZE, leaderboardPagePath, parsePageSegments, parseViewSegments, resolveView } from "@/lib/leaderboard/view";
import { ButtonLink } from "@/components/ui/button-link";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { BestOverTimeCard } from "@/components/leaderboard/best-over-time-card";
import { LeaderboardControls } from "@/components/leaderboard/leaderboard-controls";
import { LeaderboardChanges } from "@/components/leaderboard/leaderboard-changes";
import { LeaderboardHeader } from "@/components/leaderboard/leaderboard-header";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import { ProvenanceNote } from "@/components/leaderboard/provenance";
import { TrustFilter } from "@/components/trust/trust-filter";
import { filterByTrust, parseTrustSegments } from "@/lib/trust/trust-view";

type Props = { params: Promise<{ benchmark: string; view?: string[] }> };

// Every view (/sota/B, /sota/B/by/METRIC, /sota/B/no-extra-data…) is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

// Once per request: the metadata and the page rank the same rows.
const loadView = cache(async (benchmark: string, segments: string) => {
  const trusted = parseTrustSegments(segments ? segments.split("\u0000") : []);
  const paged = trusted && parsePageSegments(trusted.rest);
  const parsed = paged && parseViewSegments(paged.rest);
  const board = parsed && (await getLeaderboard(benchmark));
  const resolved = board && filterByTrust(resolveView(board, parsed), trusted.trust);
  const pageCount = Math.max(1, Math.ceil((resolved?.rows.length ?? 0) / LEADERBOARD_PAGE_SIZE));
  if (!board || !resolved || paged.page > pageCount) notFound();
  return { board, view: resolved, page: paged.page, pageCount, trust: trusted.trust };
});

async function load({ params }: Props) {
  const { benchmark, view } = await params;
  return loadView(benchmark, (view ?? []).join("\u0000"));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { board, view, page } = await load(props);
  const title = `${board.task.name} on ${board.dataset.name}`;
  return {
    title: `${title} leaderboard`,
    description: `State of the art of ${title}: ${board.results.length} results ranked by ${view.metric?.name ?? "date"}, with papers and code.`,
    alternates: { canonical: leaderboardPagePath(board.slug, view, page) },
    openGraph: {
      type: "website",
      title: `${title}: the state of the art`,
      description: `${board.results.length} results ranked by ${view.metric?.name ?? "date"}${view.rows[0] ? `; best: ${view.rows[0].result.modelName}` : ""}.`,
      url: leaderboardPagePath(board.slug, view, page),
    },
  };
}

export default async function LeaderboardPage(props: Props) {
  const { board, view, page, pageCount, trust } = await load(props);
  const trustQuery = trust ? `?trust=${trust}` : "";
  const changes = await getLeaderboardChanges(board.id);
  // The largest leaderboards have over a thousand rows: a page shows fifty, ranked among all.
  const shown = { ...view, rows: view.rows.slice((page - 1) * LEADERBOARD_PAGE_SIZE, page * LEADERBOARD_PAGE_SIZE) };
  return (
    <div className="space-y-6">
      <LeaderboardHeader board={board} view={view} />
      {board.description && <p className="-mt-3 max-w-3xl text-slate-600">{board.description}</p>}
      {board.results.length === 0 ? (
        <EmptyState>
          <span className="block">No results on this benchmark yet.</span>
          <span className="mt-3 inline-block">
            <ButtonLink href={`/submit?benchmark=${encodeURIComponent(board.slug)}`} variant="primary">
              Submit the first result
            </ButtonLink>
          </span>
        </EmptyState>
      ) : (
        <>
          <BestOverTimeCard board={board} view={view} />
          <LeaderboardControls board={board} view={view} />
          <TrustFilter basePath={leaderboardPagePath(board.slug, view, 1)} current={trust} />
          <div className="space-y-2">
            <LeaderboardTable board={board} view={shown} />
            <Pagination page={page} pageCount={pageCount} hrefFor={(n) => leaderboardPagePath(board.slug, view, n) + trustQuery} />
            <ProvenanceNote />
          </div>
        </>
      )}
      <LeaderboardChanges {...changes} />
    </div>
  );
}
