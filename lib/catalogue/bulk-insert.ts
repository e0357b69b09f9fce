import { randomBytes } from "node:crypto";
import type { ResultSource } from "@/lib/generated/prisma/enums";
import { inList, insertJsonRows, type JsonCell } from "./bulk-sql";
import type { Tx } from "./types";

// The archive has a hundred thousand results and three values each: Prisma's createMany spends several
// times longer on each row than the database does. These bulk INSERTs (lib/catalogue/bulk-sql.ts: all rows
// of a statement in one JSON parameter) write the same rows, stored exactly as Prisma stores them.

/** Rows written by one statement: a few hundred kilobytes of JSON. */
const ROWS_PER_STATEMENT = 2_000;

/** A value of a bulk INSERT: an enum's value is its name. */
export type Cell = JsonCell;

// Unique to this process: ids made at the same millisecond by two processes still differ.
const PROCESS_TAG = randomBytes(4).toString("hex").slice(0, 6);
let lastTime = 0;
let counter = 0;

/**
 * A new primary key: 25 characters that sort by creation time, like Prisma's cuid(), so that a bulk
 * insert appends to the primary-key index instead of writing all over it.
 */
export function newId(): string {
  const now = Date.now();
  if (now !== lastTime) {
    lastTime = now;
    counter = 0;
  }
  counter += 1;
  const noise = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `c${now.toString(36).padStart(9, "0")}${counter.toString(36).padStart(5, "0")}${PROCESS_TAG}${noise}`;
}

/** Whether `newId` made this id in this process at `since` (epoch ms) or later: a row this run created. */
export function isNewIdSince(id: string, since: number): boolean {
  return id.length === 25 && id.slice(15, 21) === PROCESS_TAG && parseInt(id.slice(1, 10), 36) >= since;
}

/** Inserts rows into a table, a few thousand a statement. Every row has a value for each column, in order. */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await tx.$executeRaw(insertJsonRows(table, columns, rows.slice(start, start + ROWS_PER_STATEMENT)));
  }
}

export type ResultRow = {
  benchmarkId: string;
  sourceKey: string | null;
  /** Where an imported row came from (the archive file and the import's time); "" otherwise. */
  origin?: string;
  source: ResultSource;
  modelName: string;
  paperId: string | null;
  codeUrl: string | null;
  evaluatedAt: Date | null;
  usesExtraData: boolean;
  extraData?: string;
  evidence?: string;
  /** Settings and axes (lib/settings/result-extras.ts); left as they are when undefined. */
  settings?: string;
  settingNotes?: string;
  params?: number | null;
  trainingCompute?: number | null;
  inferenceCost?: number | null;
  submittedById?: string | null;
  approvedById?: string | null;
  approvedAt?: Date | null;
};

export type ResultValueRow = {
  resultId: string;
  metricId: string;
  raw: string;
  value: number | null;
  uncertainty: number | null;
};

const RESULT_COLUMNS = [
  "id",
  "benchmarkId",
  "sourceKey",
  "origin",
  "source",
  "modelName",
  "paperId",
  "codeUrl",
  "evaluatedAt",
  "usesExtraData",
  "extraData",
  "evidence",
  "settings",
  "settingNotes",
  "params",
  "trainingCompute",
  "inferenceCost",
  "submittedById",
  "approvedById",
  "approvedAt",
  "createdAt",
  "updatedAt",
] as const;

/** Inserts results (status PUBLISHED) and returns their new ids, in order. */
export async function insertResults(tx: Tx, results: ResultRow[]): Promise<string[]> {
  const now = new Date();
  const ids = results.map(() => newId());
  await insertRows(
    tx,
    "Result",
    RESULT_COLUMNS,
    results.map((result, i) => [
      ids[i],
      result.benchmarkId,
      result.sourceKey,
      result.origin ?? "",
      result.source,
      result.modelName,
      result.paperId,
      result.codeUrl,
      result.evaluatedAt,
      result.usesExtraData,
      result.extraData ?? "",
      result.evidence ?? "",
      result.settings ?? "{}",
      result.settingNotes ?? "",
      result.params ?? null,
      result.trainingCompute ?? null,
      result.inferenceCost ?? null,
      result.submittedById ?? null,
      result.approvedById ?? null,
      result.approvedAt ?? null,
      now,
      now,
    ]),
  );
  return ids;
}

export async function insertResultValues(tx: Tx, values: ResultValueRow[]): Promise<void> {
  await insertRows(
    tx,
    "ResultValue",
    ["id", "resultId", "metricId", "raw", "value", "uncertainty"],
    values.map((value) => [newId(), value.resultId, value.metricId, value.raw, value.value, value.uncertainty]),
  );
}

/**
 * Links papers to the tasks or datasets they report results on, through Prisma's tables for implicit
 * many-to-many relations (`_PaperToTask`: A is the paper; `_DatasetToPaper`: A is the dataset).
 * The pairs must be new: the caller knows the links that exist.
 */
export async function insertPaperLinks(tx: Tx, kind: "task" | "dataset", links: { paperId: string; targetId: string }[]): Promise<void> {
  const unique = [...new Map(links.map((link) => [`${link.paperId} ${link.targetId}`, link])).values()];
  if (kind === "task") {
    await insertRows(
      tx,
      "_PaperToTask",
      ["A", "B"],
      unique.map((link) => [link.paperId, link.targetId]),
    );
  } else {
    await insertRows(
      tx,
      "_DatasetToPaper",
      ["A", "B"],
      unique.map((link) => [link.targetId, link.paperId]),
    );
  }
}

/** The links of these papers to tasks or datasets, as pairs. */
export function findPaperLinks(tx: Tx, kind: "task" | "dataset", paperIds: string[]): Promise<{ paperId: string; targetId: string }[]> {
  return kind === "task"
    ? tx.$queryRaw`SELECT "A" AS "paperId", "B" AS "targetId" FROM "_PaperToTask" WHERE "A" IN ${inList(paperIds)}`
    : tx.$queryRaw`SELECT "B" AS "paperId", "A" AS "targetId" FROM "_DatasetToPaper" WHERE "B" IN ${inList(paperIds)}`;
}
