import "server-only";
import { searchCatalogue, type SearchKind } from "@/lib/search";
import { sliceOf, type PageWindow, type Slice } from "../pagination";

// With other filters as well, the best matches are filtered: past this many, a match is not considered.
export const MAX_FILTERED_MATCHES = 1000;

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
  const range = hasFilters ? { limit: MAX_FILTERED_MATCHES, offset: 0 } : { limit: window.take, offset: window.skip };
  const [group] = await searchCatalogue(q, { kind, ...range });
  const slugs = group.hits.map((hit) => hit.slug);
  const bySlug = new Map((await find(hasFilters ? { AND: [where, { slug: { in: slugs } }] } : { slug: { in: slugs } })).map((row) => [row.slug, row]));
  const ranked = slugs.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [toApi(row)] : [];
  });
  return hasFilters ? sliceOf(ranked, window) : { count: group.total, results: ranked };
}
