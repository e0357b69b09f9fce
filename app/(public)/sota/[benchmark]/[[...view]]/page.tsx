import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLeaderboard } from "@/lib/data/leaderboards";
import { getLeaderboardChanges } from "@/lib/data/leaderboard-changes";
import { LEADERBOARD_PAGE_SIZE, leaderboardPagePath, parsePageSegments, parseViewSegments, resolveView, switchView } from "@/lib/leaderboard/view";
import { ButtonLink } from "@/components/ui/button-link";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { BestOverTimeCard } from "@/components/leaderboard/best-over-time-card";
import { LeaderboardControls } from "@/components/leaderboard/leaderboard-controls";
import { LeaderboardFilter } from "@/components/leaderboard/leaderboard-filter";
import { LeaderboardChanges } from "@/components/leaderboard/leaderboard-changes";
import { LeaderboardHeader } from "@/components/leaderboard/leaderboard-header";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import { ProvenanceNote } from "@/components/leaderboard/provenance";
import { CitationBar } from "@/components/citations/citation-bar";
import { feedAlternates, feedPaths } from "@/lib/feeds/feed-paths";
import { ParetoCard } from "@/components/leaderboard/pareto-card";
import { ComparisonControls } from "@/components/leaderboard/comparison-controls";
import { ComparableNote, FilterNote, marksFor } from "@/components/leaderboard/filter-note";
import { SettingGroups } from "@/components/leaderboard/setting-groups";
import { applyFilters, boardLinker, parseFilterSegments } from "@/lib/settings/board-filters";
import { withOthersAfter } from "@/lib/settings/comparable-view";
import { TrustFilter } from "@/components/trust/trust-filter";
import { filterByTrust, parseTrustSegments } from "@/lib/trust/trust-view";

// Rows with other settings than the comparable group: after it, marked, not ranked against it.
const OTHER_SETTINGS = (others: { id: string }[]) => ({
  ids: new Set(others.map((row) => row.id)),
  heading: "Other settings: not ranked with the group above",
});

type Props = { params: Promise<{ benchmark: string; view?: string[] }> };

// Every view (/sota/B, /sota/B/by/METRIC, /sota/B/no-extra-data…) is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

// Once per request: the metadata and the page rank the same rows. Filters by setting or size come first.
const loadView = cache(async (benchmark: string, segments: string) => {
  const trusted = parseTrustSegments(segments ? segments.split("\u0000") : []);
  const filtered = trusted && parseFilterSegments(trusted.rest);
  const paged = filtered && parsePageSegments(filtered.rest);
  const parsed = paged && parseViewSegments(paged.rest);
  const board = parsed && (await getLeaderboard(benchmark));
  const comparison = board && applyFilters(board.declaredSettings, board.results, filtered.filters);
  const shown = comparison && { ...board, results: comparison.results };
  const resolved =
    shown && filterByTrust(withOthersAfter(resolveView(shown, parsed), { ...board, results: comparison.others }, parsed), trusted?.trust ?? null);
  const pageCount = Math.max(1, Math.ceil((resolved?.rows.length ?? 0) / LEADERBOARD_PAGE_SIZE));
  if (!trusted || !board || !shown || !resolved || paged.page > pageCount) notFound();
  const trust = trusted.trust;
  // Trust, then settings and size, then the page and the view: the order loadView reads the segments in.
  const linkTo = boardLinker(board.slug, filtered.filters, trust);
  const pathOf = (n: number) => linkTo(leaderboardPagePath(board.slug, resolved, n));
  return { board, shown, comparison, filters: filtered.filters, parsed, view: resolved, page: paged.page, pageCount, pathOf, linkTo, trust };
});

async function load({ params }: Props) {
  const { benchmark, view } = await params;
  return loadView(benchmark, (view ?? []).join("\u0000"));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { board, view, page, pathOf } = await load(props);
  const title = `${board.task.name} on ${board.dataset.name}`;
  return {
    title: `${title} leaderboard`,
    description: `State of the art of ${title}: ${board.results.length} results ranked by ${view.metric?.name ?? "date"}, with papers and code.`,
    alternates: { canonical: pathOf(page), ...feedAlternates(feedPaths.benchmark(board.slug), `${title}: new results`) },
    openGraph: {
      type: "website",
      title: `${title}: the state of the art`,
      description: `${board.results.length} results ranked by ${view.metric?.name ?? "date"}${view.rows[0] ? `; best: ${view.rows[0].result.modelName}` : ""}.`,
      url: pathOf(page),
    },
  };
}

export default async function LeaderboardPage(props: Props) {
  const { board, shown, comparison, filters, parsed, view, page, pageCount, pathOf, linkTo, trust } = await load(props);
  // Every control of the board keeps the other filters: its links are the view's path with one choice changed.
  const viewPath = leaderboardPagePath(board.slug, view, 1);
  const settingHref = (setting: string | null) => linkTo(viewPath, { setting });
  const metricHref = (metricId: string) => linkTo(switchView(board.slug, view, { metricId }));
  const split = comparison.choice?.value === null ? comparison.settings.find((setting) => setting.key === comparison.choice?.key) : undefined;
  const changes = await getLeaderboardChanges(board.id);
  // The largest leaderboards have over a thousand rows: a page shows fifty, ranked among all.
  const pageRows = view.rows.slice((page - 1) * LEADERBOARD_PAGE_SIZE, page * LEADERBOARD_PAGE_SIZE);
  return (
    <div className="space-y-6">
      <LeaderboardHeader board={board} view={view} />
      <CitationBar benchmark={board.slug} />
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
          <div className="grid gap-6 xl:grid-cols-2 [&>*:only-child]:xl:col-span-2">
            <BestOverTimeCard board={shown} view={view} />
            <ParetoCard board={shown} view={view} />
          </div>
          <LeaderboardControls board={board} view={view} linkTo={linkTo} />
          <LeaderboardFilter slug={board.slug} />
          <TrustFilter basePath={viewPath} current={trust} hrefFor={(level) => linkTo(viewPath, { trust: level })} />
          <ComparisonControls board={board} comparison={comparison} filters={filters} linkTo={settingHref} />
          <FilterNote comparison={comparison} filters={filters} />
          <ComparableNote comparison={comparison} filters={filters} slug={board.slug} />
          {split ? (
            <SettingGroups board={shown} setting={split} view={parsed} linkTo={settingHref} metricHref={metricHref} />
          ) : (
            <div className="space-y-2">
              <LeaderboardTable
                board={shown}
                view={{ ...view, rows: pageRows }}
                rowMarks={marksFor(comparison)}
                metricHref={metricHref}
                unranked={comparison.mode === "comparable" ? OTHER_SETTINGS(comparison.others) : undefined}
                emptyText="No result matches these filters."
              />
              <Pagination page={page} pageCount={pageCount} hrefFor={pathOf} />
              <ProvenanceNote />
            </div>
          )}
        </>
      )}
      <LeaderboardChanges {...changes} />
    </div>
  );
}
