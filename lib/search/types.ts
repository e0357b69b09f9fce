export const SEARCH_KINDS = ["paper", "task", "dataset", "method"] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Text cut into runs, the runs that matched the query marked. */
export type Highlighted = { text: string; isMatch: boolean }[];

/** One ranked match as an engine finds it: the entity's id, its highlighted title and snippet. */
export type RankedMatch = { id: string; title: Highlighted; snippet: Highlighted };

/**
 * Full-text search over one database's index: ranked, best first. `terms` are plain words
 * (lib/search/terms.ts), each matched as a prefix, all of them required.
 */
export interface SearchEngine {
  search(kind: SearchKind, terms: string[], page: { limit: number; offset: number }): Promise<{ total: number; matches: RankedMatch[] }>;
}

/** One hit as a page shows it. `context` holds short facts: year, authors, area, category. */
export type SearchHit = RankedMatch & { kind: SearchKind; slug: string; context: string[] };

export type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[] };
