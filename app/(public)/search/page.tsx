import type { Metadata } from "next";
import { SearchBox } from "@/components/catalogue/search-box";
import { PageHeader } from "@/components/ui/page-header";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search";
import { SearchIntro } from "./_components/search-intro";
import { SearchResults } from "./_components/search-results";

type Props = { searchParams: Promise<{ q?: string | string[]; kind?: string | string[]; page?: string | string[] }> };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

async function readParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 200);
  const kind = SEARCH_KINDS.find((k) => k === first(params.kind)) as SearchKind | undefined;
  const page = Math.max(1, Math.min(Number.parseInt(first(params.page), 10) || 1, 10_000));
  return { query, kind, page };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await readParams(searchParams);
  return { title: query ? `Search: ${query}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, kind, page } = await readParams(searchParams);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={query ? <>Results for “{query}”</> : "Search the catalogue"} />
      <div className="mb-6">
        <SearchBox id="search-page-query" defaultValue={query} size="lg" autoFocus={!query} />
      </div>
      {query ? <SearchResults query={query} kind={kind} page={page} /> : <SearchIntro />}
    </div>
  );
}
