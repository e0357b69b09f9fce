// The PostgreSQL engine: tsvector documents under GIN indexes in the schema "search", kept by
// prisma/postgresql/migrations/20261129100000_search. All SQL that only PostgreSQL understands for search
// lives here; lib/search/sqlite.ts implements the same SearchEngine with FTS5.
import { prisma } from "@/lib/db";
import { MATCH_END, MATCH_START, splitHighlights } from "./highlight";
import type { SearchEngine, SearchKind } from "./types";
import { publishedSql } from "@/lib/catalogue/published";

// The index table of each kind, and the catalogue column its snippet is cut from.
const INDEXES: Record<SearchKind, { table: string; source: string; snippetColumn: string }> = {
  paper: { table: "paper", source: "Paper", snippetColumn: "abstract" },
  task: { table: "task", source: "Task", snippetColumn: "description" },
  dataset: { table: "dataset", source: "Dataset", snippetColumn: "description" },
  method: { table: "method", source: "Method", snippetColumn: "description" },
};

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const SNIPPET_OPTIONS = `MaxWords=28, MinWords=12, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const ELLIPSIS = "…";

/** Every term matched as a prefix, all terms required. Terms are letters and digits only (./terms.ts). */
export function toTsQuery(terms: string[]): string {
  return terms.map((term) => `'${term.replaceAll("'", "''")}':*`).join(" & ");
}

async function countMatches(table: string, query: string): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ total: bigint }[]>(
    `SELECT count(*) AS "total" FROM "search"."${table}" WHERE "document" @@ to_tsquery('search.english', $1)`,
    query,
  );
  return Number(row?.total ?? 0);
}

type Row = { id: string; title: string; snippet: string; cutStart: boolean; cutEnd: boolean; total: bigint };

/** One term's condition for the leaderboard search: in a task's or dataset's name (weight A), or in a model name. */
function leaderboardTermSql(n: number): string {
  return `("b"."taskId" IN (SELECT "id" FROM "search"."task" WHERE "document" @@ to_tsquery('search.english', $${n}))
     OR "b"."datasetId" IN (SELECT "id" FROM "search"."dataset" WHERE "document" @@ to_tsquery('search.english', $${n}))
     OR "b"."id" IN (SELECT r."benchmarkId" FROM "search"."result" s JOIN "Result" r ON r."id" = s."id"
                     WHERE s."document" @@ to_tsquery('search.english', $${n + 1}) AND ${publishedSql("r")}))`;
}

export const postgresSearch: SearchEngine = {
  async matchModelResults(terms, limit) {
    if (terms.length === 0) return [];
    return prisma.$queryRawUnsafe<{ modelName: string; benchmarkId: string }[]>(
      `SELECT r."modelName", r."benchmarkId" FROM "search"."result" s JOIN "Result" r ON r."id" = s."id",
              to_tsquery('search.english', $1) AS q
       WHERE s."document" @@ q AND ${publishedSql("r")}
       ORDER BY ts_rank(s."document", q) DESC, r."id" LIMIT $2`,
      toTsQuery(terms),
      limit,
    );
  },

  async matchLeaderboards(terms, { limit, offset }) {
    if (terms.length === 0) return { total: 0, ids: [] };
    const where = terms.map((_, i) => leaderboardTermSql(2 * i + 3)).join(" AND ");
    const params = terms.flatMap((term) => [toTsQuery([term]).replace(/:\*$/, ":*A"), toTsQuery([term])]);
    const rows = await prisma.$queryRawUnsafe<{ id: string; total: bigint }[]>(
      `WITH hits AS (SELECT "b"."id" FROM "Benchmark" "b" WHERE ${where})
       SELECT hits."id", count(*) OVER () AS "total",
              (SELECT count(*) FROM "Result" r WHERE r."benchmarkId" = hits."id" AND ${publishedSql("r")}) AS "results"
       FROM hits ORDER BY "results" DESC, hits."id" LIMIT $1 OFFSET $2`,
      limit,
      offset,
      ...params,
    );
    return { total: Number(rows[0]?.total ?? 0), ids: rows.map((row) => row.id) };
  },

  async search(kind, terms, { limit, offset }) {
    if (terms.length === 0) return { total: 0, matches: [] };
    const { table, source, snippetColumn } = INDEXES[kind];
    const query = toTsQuery(terms);
    // Rank every match, then highlight only the page: ts_headline re-reads the whole text.
    const rows = await prisma.$queryRawUnsafe<Row[]>(
      `WITH q AS (SELECT to_tsquery('search.english', $1) AS query),
       page AS (
         SELECT s."id", s."title", ts_rank(s."document", q.query) AS "rank", count(*) OVER () AS "total"
         FROM "search"."${table}" s, q
         WHERE s."document" @@ q.query
         ORDER BY "rank" DESC, s."id"
         LIMIT $2 OFFSET $3
       ),
       marked AS (
         SELECT page."id", page."rank", page."total", c."${snippetColumn}" AS "body",
                ts_headline('search.english', page."title", q.query, $4) AS "title",
                ts_headline('search.english', c."${snippetColumn}", q.query, $5) AS "snippet"
         FROM page JOIN "${source}" c ON c."id" = page."id", q
       ),
       -- The snippet's words, and the text's, without the marks and markup around them: is it cut?
       plain AS (
         SELECT marked.*,
                regexp_replace(translate("snippet", $6, ''), '^[^[:alnum:]]+|[^[:alnum:]]+$', '', 'g') AS "shown",
                regexp_replace("body", '^[^[:alnum:]]+|[^[:alnum:]]+$', '', 'g') AS "whole"
         FROM marked
       )
       SELECT "id", "title", "snippet", "total",
              NOT starts_with("whole", "shown") AS "cutStart",
              right("whole", length("shown")) <> "shown" AS "cutEnd"
       FROM plain
       ORDER BY "rank" DESC, "id"`,
      query,
      limit,
      offset,
      TITLE_OPTIONS,
      SNIPPET_OPTIONS,
      MATCH_START + MATCH_END,
    );
    // Each row carries the count of all matches; a page past the last match has none to carry it.
    const total = rows.length > 0 ? Number(rows[0].total) : offset > 0 ? await countMatches(table, query) : 0;
    return {
      total,
      matches: rows.map((row) => ({
        id: row.id,
        title: splitHighlights(row.title),
        snippet: splitHighlights(row.snippet ? `${row.cutStart ? ELLIPSIS : ""}${row.snippet}${row.cutEnd ? ELLIPSIS : ""}` : ""),
      })),
    };
  },
};
