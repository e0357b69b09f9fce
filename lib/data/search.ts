import "server-only";
import { tags } from "@/lib/cache/tags";
import {
  searchCatalogue,
  searchLeaderboardNames,
  searchModelNames,
  type LeaderboardHit,
  type ModelHit,
  type SearchGroup,
  type SearchOptions,
} from "@/lib/search";
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

type Page = { limit?: number; offset?: number };

/** Model names of results, grouped with their leaderboards and best rank; cached like the other kinds. */
export function getModelHits(query: string, { limit = 5, offset = 0 }: Page = {}): Promise<{ total: number; hits: ModelHit[] }> {
  return cached(["search-models", searchTerms(query).join(" "), query.trim().toLowerCase(), String(limit), String(offset)], [tags.catalogue], () =>
    searchModelNames(query, { limit, offset }),
  );
}

/** Leaderboards by task, dataset or model names on them; cached like the other kinds. */
export function getLeaderboardHits(query: string, { limit = 5, offset = 0 }: Page = {}): Promise<{ total: number; hits: LeaderboardHit[] }> {
  return cached(["search-leaderboards", searchTerms(query).join(" "), String(limit), String(offset)], [tags.catalogue], () =>
    searchLeaderboardNames(query, { limit, offset }),
  );
}
