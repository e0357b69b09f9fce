import "server-only";
import { tags } from "@/lib/cache/tags";
import { cached } from "@/lib/data/cache";
import { searchCatalogue, type SearchKind } from "@/lib/search";
import { sliceOf, type PageWindow, type Slice } from "../pagination";

// With other filters as well, the best matches are filtered: past this many, a match is not considered.
export const MAX_FILTERED_MATCHES = 1000;

type Matches = { total: number; ids: string[]; slugs: string[] };

/**
 * The entries matching `q`, best first, and how many match. A paper's are cached until the papers' text changes
 * (`paperText`), which a decision seldom does (a search of the archive's 60,000 papers is 20 to 40 ms): the
 * answer around them is cached under the papers it shows (paperSearchTags in lib/api/read-tags.ts).
 */
export function matchingEntries(kind: SearchKind, q: string, range: { limit: number; offset: number }): Promise<Matches> {
  const read = async () => {
    const [group] = await searchCatalogue(q, { kind, ...range });
    return { total: group.total, ids: group.hits.map((hit) => hit.id), slugs: group.hits.map((hit) => hit.slug) };
  };
  return kind === "paper" ? cached(["paper-search-hits", q, String(range.limit), String(range.offset)], [tags.paperText], read) : read();
}

/** The range of matches a page asks for: with other filters, the best MAX_FILTERED_MATCHES, filtered after. */
export function matchRange(hasFilters: boolean, window: PageWindow): { limit: number; offset: number } {
  return hasFilters ? { limit: MAX_FILTERED_MATCHES, offset: 0 } : { limit: window.take, offset: window.skip };
}

/**
 * A page of rows ranked by full-text relevance to `q` (lib/search). With other filters (`where` not empty),
 * the best MAX_FILTERED_MATCHES matches are kept when they also pass them.
 */
export async function searchedSlice<W extends object, R extends { slug: string }, T>(
  kind: SearchKind,
  q: string,
  where: W,
  window: PageWindow,
  find: (where: W | { slug: { in: string[] } } | { AND: [W, { slug: { in: string[] } }] }) => Promise<R[]>,
  toApi: (row: R) => T,
): Promise<Slice<T>> {
  const hasFilters = Object.keys(where).length > 0;
  const { total, slugs } = await matchingEntries(kind, q, matchRange(hasFilters, window));
  const bySlug = new Map((await find(hasFilters ? { AND: [where, { slug: { in: slugs } }] } : { slug: { in: slugs } })).map((row) => [row.slug, row]));
  const ranked = slugs.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [toApi(row)] : [];
  });
  return hasFilters ? sliceOf(ranked, window) : { count: total, results: ranked };
}
