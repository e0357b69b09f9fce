import "server-only";
import { tags } from "@/lib/cache/tags";
import { searchCatalogue, type SearchGroup, type SearchOptions } from "@/lib/search";
import { searchTerms } from "@/lib/search/terms";
import { cached } from "./cache";

/**
 * searchCatalogue, cached per query until the catalogue changes: search results are a list like any
 * other, so a write that changes what lists show expires them too.
 */
export function getSearchResults(query: string, { kind, limit = 5, offset = 0 }: SearchOptions = {}): Promise<SearchGroup[]> {
  const key = ["search", searchTerms(query).join(" "), kind ?? "all", String(limit), String(offset)];
  return cached(key, [tags.catalogue], () => searchCatalogue(query, { kind, limit, offset }));
}
