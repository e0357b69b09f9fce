import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { formatCount, plural } from "@/lib/format";
import { getLeaderboardHits, getModelHits, getSearchResults } from "@/lib/data/search";
import { KIND_LABEL, PAGE_KINDS, searchHref, type PageKind } from "./kinds";
import { LeaderboardHits, ModelHits } from "./model-hits";
import { SearchHits } from "./search-hits";
import { SearchTabs } from "./search-tabs";

const PREVIEW = 5;
const PAGE_SIZE = 20;

export type ResultGroup = { kind: PageKind; total: number; shown: number; list: React.ReactNode };

/** Each kind's hits for a query (one kind, or all), as lists to show. */
async function loadGroups(query: string, kind: PageKind | undefined, limit: number, offset: number): Promise<ResultGroup[]> {
  const wants = (each: PageKind) => !kind || kind === each;
  const [models, boards, catalogue] = await Promise.all([
    wants("model") ? getModelHits(query, { limit, offset }) : null,
    wants("leaderboard") ? getLeaderboardHits(query, { limit, offset }) : null,
    kind === "model" || kind === "leaderboard" ? [] : getSearchResults(query, { kind, limit, offset }),
  ]);
  const groups: ResultGroup[] = catalogue.map((group) => ({
    kind: group.kind,
    total: group.total,
    shown: group.hits.length,
    list: <SearchHits hits={group.hits} />,
  }));
  if (boards) groups.unshift({ kind: "leaderboard", total: boards.total, shown: boards.hits.length, list: <LeaderboardHits hits={boards.hits} /> });
  if (models) groups.unshift({ kind: "model", total: models.total, shown: models.hits.length, list: <ModelHits hits={models.hits} /> });
  return groups.sort((a, b) => PAGE_KINDS.indexOf(a.kind) - PAGE_KINDS.indexOf(b.kind));
}

/** Results for a query: every kind's best hits, or one kind page by page. */
export async function SearchResults({ query, kind, page }: { query: string; kind?: PageKind; page: number }) {
  const overview = await loadGroups(query, undefined, PREVIEW, 0);
  const total = overview.reduce((sum, group) => sum + group.total, 0);
  if (total === 0) return <NoHits query={query} />;
  const offset = (page - 1) * PAGE_SIZE;
  const groups = kind ? await loadGroups(query, kind, PAGE_SIZE, offset) : overview.filter((g) => g.total > 0);
  return (
    <div>
      <SearchTabs query={query} totals={overview} current={kind} />
      <div className="space-y-6">
        {groups.map((group) => (
          <Card key={group.kind} title={KIND_LABEL[group.kind].many} aside={<GroupCount group={group} offset={kind ? offset : null} query={query} />}>
            {group.shown > 0 ? group.list : <p className="text-slate-500">No more {KIND_LABEL[group.kind].many.toLowerCase()}.</p>}
          </Card>
        ))}
      </div>
      {kind && <Pagination page={page} pageCount={Math.ceil((groups[0]?.total ?? 0) / PAGE_SIZE)} hrefFor={(n) => searchHref(query, kind, n)} />}
    </div>
  );
}

/** "All 40 →" under every kind, "21–40 of 40" on one kind's pages. */
function GroupCount({ group, offset, query }: { group: ResultGroup; offset: number | null; query: string }) {
  if (offset === null && group.total > group.shown) return <Link href={searchHref(query, group.kind)}>All {formatCount(group.total)} →</Link>;
  if (offset === null || group.shown === 0 || group.total <= group.shown) return plural(group.total, KIND_LABEL[group.kind].one);
  return `${formatCount(offset + 1)}–${formatCount(offset + group.shown)} of ${formatCount(group.total)}`;
}

function NoHits({ query }: { query: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center sm:p-10" data-testid="search-no-hits">
      <p className="text-lg font-medium text-slate-900">Nothing matches “{query}”.</p>
      <p className="mt-2 text-slate-600">Check the spelling, use fewer words, or try the start of a word: every word is matched as a prefix.</p>
      <p className="mt-4 text-sm text-slate-600">
        Or browse the <Link href="/tasks">tasks</Link>, <Link href="/datasets">datasets</Link> and <Link href="/methods">methods</Link>.
      </p>
    </div>
  );
}
