// Contests opened by an import (issue 10, item 3): the archive and a published row disagree, or a newer
// archive file changes a value. Both rows are kept with their evidence instead of one overwriting the other.
import { createHash } from "node:crypto";
import { inList } from "@/lib/catalogue/bulk-sql";
import { findStoredResults, type ResultInput } from "@/lib/catalogue/results";
import type { Tx } from "@/lib/db";
import { openContest } from "./open-contest";
import { detectContest, valueConflicts, type ClaimedRow } from "./detect-contest";

/** A row an import has just created, with what it claims. */
export type CreatedRow = ClaimedRow & { id: string; sourceKey: string | null; origin: string };

/** A new version of an imported row: its own source key, named by the values it reports. */
export function versionKey(sourceKey: string, values: ResultInput["values"]): string {
  const reported = values.map((value) => `${value.metricId}=${value.raw}`).sort();
  return `${sourceKey}~${createHash("sha256").update(reported.join("\u0000")).digest("base64url").slice(0, 12)}`;
}

/**
 * Inputs whose stored row (same source key) reports other values beyond rounding are given the key of a new
 * version, so that upsertResults creates it beside the stored row instead of overwriting it (or finds it, when
 * the same file comes again). Returns each new version's key with the stored row it disagrees with.
 */
export async function keepChangedValuesApart(tx: Tx, inputs: ResultInput[]): Promise<Map<string, string>> {
  const stored = await findStoredResults(
    tx,
    inputs.flatMap((input) => (input.sourceKey ? [input.sourceKey] : [])),
  );
  const versions = new Map<string, string>();
  for (const input of inputs) {
    const existing = input.sourceKey ? stored.get(input.sourceKey) : undefined;
    if (!existing || valueConflicts(existing.values, input.values).length === 0) continue;
    input.sourceKey = versionKey(existing.sourceKey!, input.values);
    versions.set(input.sourceKey, existing.id);
  }
  return versions;
}

/**
 * Each created row against the published rows this batch did not create: one contest per pair that claims the
 * same result (same benchmark, paper and model, or an earlier version of the same archive row) with values
 * that differ beyond rounding. Rows of one import of one file (same origin) never contest each other: the file
 * holds both. Returns the count.
 */
export async function openImportContests(tx: Tx, created: CreatedRow[], versions: Map<string, string>): Promise<number> {
  if (created.length === 0) return 0;
  const createdIds = new Set(created.map((row) => row.id));
  const paperIds = [...new Set(created.flatMap((row) => (row.paperId ? [row.paperId] : [])))];
  const earlier = created.flatMap((row) => (row.sourceKey && versions.has(row.sourceKey) ? [versions.get(row.sourceKey)!] : []));
  const origins = [...new Set(created.map((row) => row.origin))];
  const others = (await findPublishedClaims(tx, [...new Set(created.map((row) => row.benchmarkId))], paperIds, earlier, origins)).filter(
    (other) => !createdIds.has(other.id),
  );
  let opened = 0;
  for (const row of created) {
    const earlierId = row.sourceKey ? versions.get(row.sourceKey) : undefined;
    for (const other of others) {
      const isSameFile = other.origin !== "" && other.origin === row.origin;
      const conflicts = other.id === earlierId ? valueConflicts(other.values, row.values) : isSameFile ? null : detectContest(other, row);
      if (!conflicts || conflicts.length === 0) continue;
      await openContest(tx, { resultId: other.id, otherResultId: row.id, conflicts, openedById: null });
      opened += 1;
    }
  }
  return opened;
}

type PublishedClaim = ClaimedRow & { id: string; origin: string };

// Two plain queries with one parameter per list, as lib/catalogue does: a batch holds thousands of rows.
// Rows of the same import are left out here already: on a first import, that is every row the batch wrote.
async function findPublishedClaims(tx: Tx, benchmarkIds: string[], paperIds: string[], ids: string[], origins: string[]): Promise<PublishedClaim[]> {
  const rows = await tx.$queryRaw<Omit<PublishedClaim, "values">[]>`
    SELECT "id", "benchmarkId", "paperId", "modelName", "origin" FROM "Result"
    WHERE "status" = 'PUBLISHED' AND "benchmarkId" IN ${inList(benchmarkIds)}
      AND (("paperId" IN ${inList(paperIds)} AND ("origin" = '' OR "origin" NOT IN ${inList(origins)})) OR "id" IN ${inList(ids)})`;
  if (rows.length === 0) return [];
  const byId = new Map(rows.map((row) => [row.id, { ...row, values: [] as PublishedClaim["values"] }]));
  const values = await tx.$queryRaw<(PublishedClaim["values"][number] & { resultId: string })[]>`
    SELECT "resultId", "metricId", "raw", "value" FROM "ResultValue" WHERE "resultId" IN ${inList([...byId.keys()])}`;
  for (const { resultId, ...value } of values) byId.get(resultId)!.values.push(value);
  return [...byId.values()];
}
