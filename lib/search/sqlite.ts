// The SQLite engine: FTS5 tables kept by prisma/migrations/20261129100000_search. All SQL that only
// SQLite understands for search lives here; a PostgreSQL engine (tsvector + GIN) implements the same
// SearchEngine beside it.
import { prisma } from "@/lib/db";
import { MATCH_END, MATCH_START, splitHighlights } from "./highlight";
import type { SearchEngine, SearchKind } from "./types";
import { publishedSql } from "@/lib/catalogue/published";

type Index = { table: string; source: string; weights: number[]; snippetColumn: number };

// Weights by column, in the order the table declares them: the name or title counts most.
const INDEXES: Record<SearchKind, Index> = {
  paper: { table: "PaperSearch", source: "Paper", weights: [10, 4, 1], snippetColumn: 2 },
  task: { table: "TaskSearch", source: "Task", weights: [10, 6, 1], snippetColumn: 2 },
  dataset: { table: "DatasetSearch", source: "Dataset", weights: [10, 1], snippetColumn: 1 },
  method: { table: "MethodSearch", source: "Method", weights: [10, 8, 2, 1], snippetColumn: 3 },
};

const SNIPPET_TOKENS = 28;

/** Every term quoted as an FTS5 string and matched as a prefix; all terms required. */
export function toFtsQuery(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(" ");
}

async function countMatches(table: string, match: string): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT count(*) AS "total" FROM "${table}" WHERE "${table}" MATCH ?`, match);
  return Number(row?.total ?? 0);
}

/** FTS5 queries of one term each, for the leaderboard search: in a task's or dataset's name, or in a model name. */
function leaderboardTermSql(): string {
  return `("b"."taskId" IN (SELECT t."id" FROM "TaskSearch" JOIN "Task" t ON t.rowid = "TaskSearch".rowid WHERE "TaskSearch" MATCH ?)
     OR "b"."datasetId" IN (SELECT d."id" FROM "DatasetSearch" JOIN "Dataset" d ON d.rowid = "DatasetSearch".rowid WHERE "DatasetSearch" MATCH ?)
     OR "b"."id" IN (SELECT r."benchmarkId" FROM "ResultSearch" JOIN "Result" r ON r.rowid = "ResultSearch".rowid WHERE "ResultSearch" MATCH ? AND ${publishedSql("r")}))`;
}

export const sqliteSearch: SearchEngine = {
  async matchModelResults(terms, limit) {
    if (terms.length === 0) return [];
    return prisma.$queryRawUnsafe<{ modelName: string; benchmarkId: string }[]>(
      `SELECT r."modelName", r."benchmarkId" FROM "ResultSearch" JOIN "Result" r ON r.rowid = "ResultSearch".rowid
       WHERE "ResultSearch" MATCH ? AND ${publishedSql("r")}
       ORDER BY bm25("ResultSearch"), r.rowid LIMIT ?`,
      toFtsQuery(terms),
      limit,
    );
  },

  async matchLeaderboards(terms, { limit, offset }) {
    if (terms.length === 0) return { total: 0, ids: [] };
    const where = terms.map(leaderboardTermSql).join(" AND ");
    const params = terms.flatMap((term) => [`name : ${toFtsQuery([term])}`, `name : ${toFtsQuery([term])}`, toFtsQuery([term])]);
    const rows = await prisma.$queryRawUnsafe<{ id: string; total: number | bigint }[]>(
      `WITH hits AS (SELECT "b"."id" FROM "Benchmark" "b" WHERE ${where})
       SELECT hits."id", (SELECT count(*) FROM hits) AS "total",
              (SELECT count(*) FROM "Result" r WHERE r."benchmarkId" = hits."id" AND ${publishedSql("r")}) AS "results"
       FROM hits ORDER BY "results" DESC, hits."id" LIMIT ? OFFSET ?`,
      ...params,
      limit,
      offset,
    );
    return { total: Number(rows[0]?.total ?? 0), ids: rows.map((row) => row.id) };
  },

  async search(kind, terms, { limit, offset }) {
    if (terms.length === 0) return { total: 0, matches: [] };
    const { table, source, weights, snippetColumn } = INDEXES[kind];
    const match = toFtsQuery(terms);
    const rows = await prisma.$queryRawUnsafe<{ id: string; title: string; snippet: string | null; total: number | bigint }[]>(
      `SELECT s."id" AS "id",
              highlight("${table}", 0, ?, ?) AS "title",
              snippet("${table}", ${snippetColumn}, ?, ?, '…', ${SNIPPET_TOKENS}) AS "snippet",
              (SELECT count(*) FROM "${table}" WHERE "${table}" MATCH ?) AS "total"
       FROM "${table}" JOIN "${source}" s ON s.rowid = "${table}".rowid
       WHERE "${table}" MATCH ?
       ORDER BY bm25("${table}", ${weights.join(", ")}), s.rowid
       LIMIT ? OFFSET ?`,
      MATCH_START,
      MATCH_END,
      MATCH_START,
      MATCH_END,
      match,
      match,
      limit,
      offset,
    );
    // Each row carries the count of all matches; a page past the last match has none to carry it.
    const total = rows.length > 0 ? Number(rows[0].total) : offset > 0 ? await countMatches(table, match) : 0;
    return {
      total,
      matches: rows.map((row) => ({ id: row.id, title: splitHighlights(row.title), snippet: splitHighlights(row.snippet ?? "") })),
    };
  },
};
