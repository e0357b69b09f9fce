import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { formatCount, plural } from "@/lib/format";
import { getSearchResults } from "@/lib/data/search";
import type { SearchGroup, SearchKind } from "@/lib/search";
import { KIND_LABEL, searchHref } from "./kinds";
import { SearchHits } from "./search-hits";
import { SearchTabs } from "./search-tabs";

const PREVIEW = 5;
const PAGE_SIZE = 20;

/** Results for a query: every kind's best hits, or one kind page by page. */
export async function SearchResults({ query, kind, page }: { query: string; kind?: SearchKind; page: number }) {
  const overview = await getSearchResults(query, { limit: PREVIEW });
  const total = overview.reduce((sum, group) => sum + group.total, 0);
  if (total === 0) return <NoHits query={query} />;
  const offset = (page - 1) * PAGE_SIZE;
  const groups = kind ? await getSearchResults(query, { kind, limit: PAGE_SIZE, offset }) : overview.filter((g) => g.total > 0);
  return (
    <div>
      <SearchTabs query={query} totals={overview} current={kind} />
      <div className="space-y-6">
        {groups.map((group) => (
          <Card key={group.kind} title={KIND_LABEL[group.kind].many} aside={<GroupCount group={group} offset={kind ? offset : null} query={query} />}>
            {group.hits.length > 0 ? <SearchHits hits={group.hits} /> : <p className="text-slate-500">No more {KIND_LABEL[group.kind].many.toLowerCase()}.</p>}
          </Card>
        ))}
      </div>
      {kind && <Pagination page={page} pageCount={Math.ceil((groups[0]?.total ?? 0) / PAGE_SIZE)} hrefFor={(n) => searchHref(query, kind, n)} />}
    </div>
  );
}

/** "All 40 →" under every kind, "21–40 of 40" on one kind's pages. */
function GroupCount({ group, offset, query }: { group: SearchGroup; offset: number | null; query: string }) {
  if (offset === null && group.total > group.hits.length) return <Link href={searchHref(query, group.kind)}>All {formatCount(group.total)} →</Link>;
  if (offset === null || group.hits.length === 0 || group.total <= group.hits.length) return plural(group.total, KIND_LABEL[group.kind].one);
  return `${formatCount(offset + 1)}–${formatCount(offset + group.hits.length)} of ${formatCount(group.total)}`;
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
