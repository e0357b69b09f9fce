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
  /** Published results whose model name has every term, best matches first, at most `limit`. */
  matchModelResults(terms: string[], limit: number): Promise<{ modelName: string; benchmarkId: string }[]>;
  /** Leaderboards where each term is in the task's name, the dataset's name or a model name on it; most results first. */
  matchLeaderboards(terms: string[], page: { limit: number; offset: number }): Promise<{ total: number; ids: string[] }>;
}

/** One hit as a page shows it. `context` holds short facts: year, authors, area, category. */
export type SearchHit = RankedMatch & { kind: SearchKind; slug: string; context: string[] };

export type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[] };

/** A model as results name it: the leaderboards it is on, its rank on each by the default metric. */
export type ModelBoard = { slug: string; task: string; dataset: string; rank: number | null; ranked: number };
export type ModelHit = { name: string; boardCount: number; bestRank: number | null; boards: ModelBoard[] };

/** A task × dataset leaderboard, and the model names on it that matched. */
export type LeaderboardHit = { slug: string; task: string; dataset: string; results: number; models: string[] };
