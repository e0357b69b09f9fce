import path from "node:path";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
import { ENTITY_KINDS, ImportTally, type Counts, type EntityKind } from "./import-tally";
import { checkTask, planTask, type TaskTreePlan } from "./plan-task";
import { readJsonArray } from "./read-json-array";
import { writeTaskPlans, type Occurrences } from "./write-task";

export type ImportPhase = "checking" | "importing";

export type ImportProgress = (event: { file: string; phase: ImportPhase; bytesRead: number; totalBytes: number }) => void;

export type ImportSummary = {
  files: string[];
  /** Top-level tasks read from the files. */
  taskTrees: number;
  counts: Record<EntityKind, Counts>;
  /** Rows that could not be read: not written. */
  skippedRows: { file: string; place: string; reason: string }[];
  /** Values kept as text, flagged, never ranked. */
  unreadableValues: { file: string; place: string; raw: string }[];
  durationMs: number;
};

// One top-level task of the full archive can hold thousands of rows.
const TRANSACTION = { maxWait: 60_000, timeout: 10 * 60_000 };
// Top-level tasks are written together until they hold this many rows: each kind of row then costs a
// few statements per batch instead of a few per task, and a batch is one transaction, whole or absent.
const ROWS_PER_BATCH = 5_000;

/**
 * Imports PWC `evaluation-tables.json` files. Every file is checked first, in a streaming pass that writes
 * nothing: one that is not JSON or not this format is refused (an AppError naming file and place) before
 * anything is written. Then the top-level tasks are written in batches, each one transaction: an import
 * stopped at any point (even killed) leaves whole batches, and running it again finds them and goes on.
 * Importing the same file again changes nothing; a changed value updates its result. The cached pages of
 * what a batch changed are expired as soon as it is written.
 */
export async function importPwcFiles(files: string[], onProgress?: ImportProgress): Promise<ImportSummary> {
  const started = performance.now();
  for (const file of files) {
    let index = 0;
    const progress = (bytesRead: number, totalBytes: number) =>
      onProgress?.({ file, phase: "checking", bytesRead, totalBytes });
    for await (const element of readJsonArray(file, { verify: true, onProgress: progress })) {
      checkTask(element, index++, path.basename(file));
    }
  }

  const tally = new ImportTally();
  const summary: ImportSummary = {
    files,
    taskTrees: 0,
    counts: emptyCounts(),
    skippedRows: [],
    unreadableValues: [],
    durationMs: 0,
  };
  for (const file of files) {
    const name = path.basename(file);
    const occurrences: Occurrences = new Map();
    const progress = (bytesRead: number, totalBytes: number) =>
      onProgress?.({ file, phase: "importing", bytesRead, totalBytes });
    let index = 0;
    let batch: TaskTreePlan[] = [];
    let rows = 0;
    const flush = async () => {
      const plans = batch;
      batch = [];
      rows = 0;
      await prisma.$transaction((tx) => writeTaskPlans(tx, plans, tally, occurrences), TRANSACTION);
      await expireTagsEverywhere(tally.takeExpiredTags());
    };
    for await (const element of readJsonArray(file, { onProgress: progress })) {
      const plan = planTask(element, index++, name);
      summary.skippedRows.push(...plan.skippedRows.map((row) => ({ file: name, ...row })));
      summary.unreadableValues.push(...plan.unreadableValues.map((value) => ({ file: name, ...value })));
      batch.push(plan);
      rows += plan.tables.reduce((sum, table) => sum + table.rows.length, 0);
      if (rows >= ROWS_PER_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    summary.taskTrees += index;
  }

  for (const kind of ENTITY_KINDS) summary.counts[kind] = tally.counts(kind);
  summary.durationMs = performance.now() - started;
  return summary;
}

function emptyCounts(): Record<EntityKind, Counts> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0 }])) as Record<
    EntityKind,
    Counts
  >;
}
