// Baselines (issue 10, item 3): a paper's table often reports another paper's model as a baseline. The
// archive shows them as rows of one board that name the same model with another source, at a later date.
import { inList } from "@/lib/catalogue/bulk-sql";
import type { Tx } from "@/lib/db";

export type BaselineCandidate = {
  id: string;
  benchmarkId: string;
  modelName: string;
  paperId: string | null;
  codeUrl: string | null;
  evaluatedAt: Date | null;
  baselineOfId: string | null;
};

const modelKey = (row: BaselineCandidate) => `${row.benchmarkId}\u0000${row.modelName.trim().replace(/\s+/g, " ").toLowerCase()}`;

/**
 * Each third-party row's original, by id. On one board, among rows that name the same model (in any case and
 * spacing): the original is the earliest-dated row with a paper, when a single paper holds that date; a row
 * dated strictly later whose source is another paper (or, with no paper, a code link such as a benchmark's
 * repository) reports it. Rows without a date or a source, and groups whose earliest date two papers share,
 * are left alone: the data cannot tell.
 */
export function findBaselines(rows: BaselineCandidate[]): Map<string, string> {
  const groups = new Map<string, BaselineCandidate[]>();
  for (const row of rows) groups.set(modelKey(row), [...(groups.get(modelKey(row)) ?? []), row]);
  const originals = new Map<string, string>();
  for (const group of groups.values()) {
    const dated = group.filter((row) => row.evaluatedAt && row.paperId);
    if (dated.length === 0 || group.length < 2) continue;
    const first = Math.min(...dated.map((row) => row.evaluatedAt!.getTime()));
    const earliest = dated.filter((row) => row.evaluatedAt!.getTime() === first).sort((a, b) => (a.id < b.id ? -1 : 1));
    if (new Set(earliest.map((row) => row.paperId)).size !== 1) continue;
    const original = earliest[0];
    for (const row of group) {
      const isLater = row.evaluatedAt !== null && row.evaluatedAt.getTime() > first;
      const hasOtherSource = row.paperId ? row.paperId !== original.paperId : Boolean(row.codeUrl);
      if (isLater && hasOtherSource) originals.set(row.id, original.id);
    }
  }
  return originals;
}

/** Links the published third-party rows of these boards to their originals (and unlinks those that no longer are); returns the rows linked anew. */
export async function linkBaselines(tx: Tx, benchmarkIds: string[]): Promise<number> {
  if (benchmarkIds.length === 0) return 0;
  const rows = await tx.$queryRaw<BaselineCandidate[]>`
    SELECT "id", "benchmarkId", "modelName", "paperId", "codeUrl", "evaluatedAt", "baselineOfId" FROM "Result"
    WHERE "status" = 'PUBLISHED' AND "benchmarkId" IN ${inList(benchmarkIds)}`;
  // SQLite's plain query gives dates as numbers or text: read them as dates once.
  const candidates = rows.map((row) => ({ ...row, evaluatedAt: row.evaluatedAt === null ? null : new Date(row.evaluatedAt) }));
  const originals = findBaselines(candidates);
  const changes = new Map<string | null, string[]>();
  for (const row of candidates) {
    const original = originals.get(row.id) ?? null;
    if (original !== row.baselineOfId) changes.set(original, [...(changes.get(original) ?? []), row.id]);
  }
  let linked = 0;
  for (const [original, ids] of changes) {
    for (let start = 0; start < ids.length; start += 500) {
      await tx.result.updateMany({ where: { id: { in: ids.slice(start, start + 500) } }, data: { baselineOfId: original } });
    }
    if (original) linked += ids.length;
  }
  return linked;
}
