import { SearchBox } from "@/components/catalogue/search-box";
import { PageHeader } from "@/components/ui/page-header";
import type { Identifier } from "@/lib/search/identifiers";
import type { PageKind } from "./kinds";
import { IdentifierNotFound } from "./identifier-not-found";
import { SearchIntro } from "./search-intro";
import { SearchResults } from "./search-results";

/** The search page for a query: /search?q=… as asked, and /search/q/WORD as cached (the front's). */
export function SearchView({ query, kind, page, identifier }: { query: string; kind?: PageKind; page: number; identifier?: Identifier | null }) {
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={query ? <>Results for “{query}”</> : "Search the catalogue"} />
      <div className="mb-6">
        <SearchBox id="search-page-query" defaultValue={query} size="lg" autoFocus={!query} />
      </div>
      {identifier && <IdentifierNotFound identifier={identifier} />}
      {query ? <SearchResults query={query} kind={kind} page={page} /> : <SearchIntro />}
    </div>
  );
}
