// The paper search index written once per batch by a bulk writer (the archive import), not once per
// statement or author: prisma/migrations/20261207020000_deferred_paper_search (SQLite) and its PostgreSQL
// twin. All SQL of it that only one database understands lives here.
import { databaseProvider } from "@/lib/database-url";
import type { Tx } from "@/lib/db";

const isPostgres = databaseProvider() === "postgresql";

/** From here to `rebuildDeferredPaperSearch`, in the same transaction, papers' search rows wait. */
export async function deferPaperSearch(tx: Tx): Promise<void> {
  if (isPostgres) await tx.$executeRawUnsafe(`SELECT set_config('pwc.defer_paper_search', 'on', true)`);
  else await tx.$executeRawUnsafe(`INSERT OR IGNORE INTO "PaperSearchPending" ("paperRowid") VALUES (-1)`);
}

/** Writes the search rows of the papers changed since `deferPaperSearch`, each once, and ends the wait. */
export async function rebuildDeferredPaperSearch(tx: Tx): Promise<void> {
  if (isPostgres) {
    await tx.$executeRawUnsafe(`SELECT set_config('pwc.defer_paper_search', 'off', true)`);
    await tx.$executeRawUnsafe(`SELECT "search"."refresh_papers"(ARRAY(SELECT "id" FROM "search"."paper_pending"))`);
    await tx.$executeRawUnsafe(`DELETE FROM "search"."paper_pending"`);
    return;
  }
  await tx.$executeRawUnsafe(`DELETE FROM "PaperSearchPending" WHERE "paperRowid" = -1`);
  await tx.$executeRawUnsafe(`DELETE FROM "PaperSearch" WHERE rowid IN (SELECT "paperRowid" FROM "PaperSearchPending")`);
  await tx.$executeRawUnsafe(
    `INSERT INTO "PaperSearch" (rowid, "title", "authors", "abstract")
     SELECT p.rowid, p."title", COALESCE((SELECT group_concat(a."name", ', ' ORDER BY a."position") FROM "PaperAuthor" a WHERE a."paperId" = p."id"), ''), p."abstract"
     FROM "Paper" p WHERE p.rowid IN (SELECT "paperRowid" FROM "PaperSearchPending")`,
  );
  await tx.$executeRawUnsafe(`DELETE FROM "PaperSearchPending"`);
}

/** Runs a bulk write with the paper search index deferred to its end, inside the caller's transaction. */
export async function withDeferredPaperSearch<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  await deferPaperSearch(tx);
  const result = await write();
  await rebuildDeferredPaperSearch(tx);
  return result;
}
