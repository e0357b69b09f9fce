import "server-only";
import { loadDetails } from "./details";
import { withoutMarkdown } from "./highlight";
import { databaseProvider } from "@/lib/database-url";
import { postgresSearch } from "./postgresql";
import { sqliteSearch } from "./sqlite";
import { aliasMatches } from "@/lib/near-names/alias-search";
import { searchLeaderboards, searchModels } from "./models";
import { searchTerms } from "./terms";
import { SEARCH_KINDS, type SearchEngine, type SearchGroup, type SearchKind } from "./types";

export {
  SEARCH_KINDS,
  type Highlighted,
  type LeaderboardHit,
  type ModelBoard,
  type ModelHit,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
} from "./types";
export { findPaperByIdentifier, parseIdentifier, type Identifier } from "./identifiers";

// PostgreSQL's full-text search or SQLite's FTS5, as DATABASE_URL says.
const engine: SearchEngine = databaseProvider() === "postgresql" ? postgresSearch : sqliteSearch;

export type SearchOptions = { kind?: SearchKind; limit?: number; offset?: number };

/**
 * Full-text search over papers, tasks, datasets and methods, ranked by relevance (names and titles
 * above descriptions and abstracts); every word of the query is matched as a prefix. Returns one group
 * per kind searched, in the order of SEARCH_KINDS, each with its total count.
 */
export async function searchCatalogue(query: string, { kind, limit = 5, offset = 0 }: SearchOptions = {}): Promise<SearchGroup[]> {
  const terms = searchTerms(query);
  const kinds = kind ? [kind] : SEARCH_KINDS;
  return Promise.all(
    kinds.map(async (each) => {
      const found = await engine.search(each, terms, { limit, offset });
      // Old and near names kept as aliases find their entry too (lib/near-names/alias-search.ts).
      const aliased = offset === 0 ? await aliasMatches(each, query, found.matches) : [];
      const total = found.total + aliased.length;
      const matches = [...aliased, ...found.matches];
      const details = await loadDetails(
        each,
        matches.map((match) => match.id),
      );
      const hits = matches.flatMap((match) => {
        const detail = details.get(match.id);
        return detail ? [{ ...match, snippet: withoutMarkdown(match.snippet), kind: each, ...detail }] : [];
      });
      return { kind: each, total, hits };
    }),
  );
}

/** Model names of results, grouped: each with its leaderboards and its best rank on them. */
export function searchModelNames(query: string, { limit = 5, offset = 0 }: Omit<SearchOptions, "kind"> = {}) {
  return searchModels(engine, searchTerms(query), query, { limit, offset });
}

/** Task × dataset leaderboards, by task, dataset or model names on them. */
export function searchLeaderboardNames(query: string, { limit = 5, offset = 0 }: Omit<SearchOptions, "kind"> = {}) {
  return searchLeaderboards(engine, searchTerms(query), { limit, offset });
}
