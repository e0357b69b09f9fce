import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { ExtrasTally } from "@/lib/settings/result-extras";
import type { Tx } from "@/lib/db";
import { withDeferredPaperSearch } from "@/lib/search/deferred-paper-search";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  ARCHIVE_FILE_NAMES,
  kindOfElement,
  kindOfName,
  PwcCodeLinkSchema,
  PwcDatasetEntrySchema,
  PwcMethodSchema,
  PwcPaperSchema,
  type ArchiveKind,
} from "./archive-files";
import { ENTITY_KINDS, ImportTally, type Counts, type EntityKind } from "./import-tally";
import { checkTask, planTask, type TaskTreePlan } from "./plan-task";
import { describeIssue } from "./pwc-format";
import { readJsonArray } from "./read-json-array";
import { writeDatasetsBatch, writeLinksBatch, writeMethodsBatch, writePapersBatch } from "./write-catalogue";
import { writeTaskPlans, type Occurrences } from "./write-task";

export type ImportPhase = "checking" | "importing";

export type ImportProgress = (event: { file: string; phase: ImportPhase; bytesRead: number; totalBytes: number }) => void;

export type ImportSummary = {
  files: string[];
  /** Each file's kind and how many elements its list held. */
  kinds: { file: string; kind: ArchiveKind; elements: number }[];
  /** Top-level tasks read from evaluation-tables files. */
  taskTrees: number;
  counts: Record<EntityKind, Counts>;
  /** Rows that could not be read, not written: the first SAMPLE_SIZE of them, and how many in all. */
  skippedRows: { file: string; place: string; reason: string }[];
  skippedRowCount: number;
  /** Values kept as text, flagged, never ranked: the first SAMPLE_SIZE of them, and how many in all. */
  unreadableValues: { file: string; place: string; raw: string }[];
  unreadableValueCount: number;
  /** Rows that got each setting and axis (lib/settings/result-extras.ts). */
  extras: ExtrasTally;
  /** Contests opened: rows that give a published result other values, kept beside it (lib/contests/import-contests.ts). */
  contestsOpened: number;
  /** Rows linked anew to the original paper's row as baselines reported in another paper's table (lib/contests/baselines.ts). */
  baselinesLinked: number;
  durationMs: number;
};

// One top-level task of the full archive can hold thousands of rows.
const TRANSACTION = { maxWait: 60_000, timeout: 10 * 60_000 };
// Top-level tasks are written together until they hold this many rows: each kind of row then costs a
// few statements per batch instead of a few per task, and a batch is one transaction, whole or absent.
const ROWS_PER_BATCH = 5_000;
/** Skipped rows and unreadable values kept to show: the summary counts the others. */
export const SAMPLE_SIZE = 1_000;
/** Fingerprints of the last rows read, to merge a row identical to one shortly before it (the archive's repeats are adjacent). */
const FINGERPRINTS_KEPT = 20_000;

type CatalogueKind = Exclude<ArchiveKind, "evaluation-tables">;

/** How each of the other four files is read and written: its schema, batch size, writer, and what a row is. */
const CATALOGUE_FILES: Record<
  CatalogueKind,
  { schema: z.ZodType; batch: number; entity: EntityKind; write: (tx: Tx, rows: never[], tally: ImportTally) => Promise<void> }
> = {
  papers: { schema: PwcPaperSchema, batch: 2_000, entity: "papers", write: writePapersBatch },
  links: { schema: PwcCodeLinkSchema, batch: 2_000, entity: "code links", write: writeLinksBatch },
  methods: { schema: PwcMethodSchema, batch: 500, entity: "methods", write: writeMethodsBatch },
  datasets: { schema: PwcDatasetEntrySchema, batch: 200, entity: "datasets", write: writeDatasetsBatch },
};

/**
 * Imports files of the PWC archive, any of its five in any order, each plain or gzipped. Every file is
 * checked first, in a streaming pass that writes nothing: one that is not JSON, not a list, or not one
 * of the five (by its name and by its first element) is refused (an AppError naming file and place)
 * before anything is written. Then each file is written in batches, each one transaction: an import
 * stopped at any point (even killed) leaves whole batches, and running it again finds them and goes on.
 * Importing the same file again changes nothing. Rows identical to one before them in the same table are
 * written once and counted as merged. The cached pages of what a batch changed are expired once it is written.
 */
export async function importPwcFiles(files: string[], onProgress?: ImportProgress): Promise<ImportSummary> {
  const started = performance.now();
  const kinds: ImportSummary["kinds"] = [];
  for (const file of files) kinds.push({ file, kind: await checkFile(file, onProgress), elements: 0 });

  const tally = new ImportTally();
  const summary: ImportSummary = {
    files,
    kinds,
    taskTrees: 0,
    counts: emptyCounts(),
    skippedRows: [],
    skippedRowCount: 0,
    unreadableValues: [],
    unreadableValueCount: 0,
    extras: new ExtrasTally(),
    contestsOpened: 0,
    baselinesLinked: 0,
    durationMs: 0,
  };
  for (const entry of kinds) {
    const progress = (bytesRead: number, totalBytes: number) => onProgress?.({ file: entry.file, phase: "importing", bytesRead, totalBytes });
    entry.elements =
      entry.kind === "evaluation-tables"
        ? await importTables(entry.file, tally, summary, progress)
        : await importCatalogueFile(entry.file, entry.kind, tally, summary, progress);
    if (entry.kind === "evaluation-tables") summary.taskTrees += entry.elements;
  }

  for (const kind of ENTITY_KINDS) summary.counts[kind] = tally.counts(kind);
  summary.durationMs = performance.now() - started;
  return summary;
}

/** Reads a file through once, writing nothing: its kind, or an AppError that refuses it. */
async function checkFile(file: string, onProgress?: ImportProgress): Promise<ArchiveKind> {
  const name = path.basename(file);
  const byName = kindOfName(file);
  let kind = byName;
  let index = 0;
  const progress = (bytesRead: number, totalBytes: number) => onProgress?.({ file, phase: "checking", bytesRead, totalBytes });
  for await (const element of readJsonArray(file, { onProgress: progress })) {
    if (index === 0) {
      const byShape = kindOfElement(element);
      if (byName && byShape && byName !== byShape) {
        throw new AppError("INVALID_INPUT", `${name}: named as ${ARCHIVE_FILE_NAMES[byName]}, but its first element is one of ${ARCHIVE_FILE_NAMES[byShape]}`);
      }
      // Neither name nor shape says: read it as the tables, the archive's best-known file, to name what is wrong.
      kind = byName ?? byShape ?? "evaluation-tables";
    }
    if (kind === "evaluation-tables") checkTask(element, index, name);
    index += 1;
  }
  return kind ?? "evaluation-tables";
}

async function importTables(file: string, tally: ImportTally, summary: ImportSummary, progress: (read: number, total: number) => void): Promise<number> {
  const name = path.basename(file);
  const occurrences: Occurrences = new Map();
  const origin = `${name}, imported ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  let index = 0;
  let batch: TaskTreePlan[] = [];
  let rows = 0;
  const flush = async () => {
    const plans = batch;
    batch = [];
    rows = 0;
    const written = await prisma.$transaction((tx) => withDeferredPaperSearch(tx, () => writeTaskPlans(tx, plans, tally, occurrences, origin)), TRANSACTION);
    summary.contestsOpened += written.contests;
    summary.baselinesLinked += written.baselines;
    await expireTagsEverywhere(tally.endBatch());
  };
  for await (const element of readJsonArray(file, { onProgress: progress })) {
    const plan = planTask(element, index++, name);
    for (const row of plan.skippedRows) noteSkippedRow(summary, { file: name, ...row });
    for (const value of plan.unreadableValues) {
      summary.unreadableValueCount += 1;
      if (summary.unreadableValues.length < SAMPLE_SIZE) summary.unreadableValues.push({ file: name, ...value });
    }
    for (let i = 0; i < plan.mergedRows; i++) tally.recordMerged("results");
    for (const table of plan.tables) for (const row of table.rows) summary.extras.add(row.extras);
    batch.push(plan);
    rows += plan.tables.reduce((sum, table) => sum + table.rows.length, 0);
    if (rows >= ROWS_PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return index;
}

async function importCatalogueFile(
  file: string,
  kind: CatalogueKind,
  tally: ImportTally,
  summary: ImportSummary,
  progress: (read: number, total: number) => void,
): Promise<number> {
  const name = path.basename(file);
  const { schema, batch: size, entity, write } = CATALOGUE_FILES[kind];
  // Fingerprints of the last rows read, to merge identical ones; a repeat further back is found in the
  // database and counted unchanged (or not at all, when this import created it).
  let seen = new Set<string>();
  let batch: unknown[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await prisma.$transaction((tx) => withDeferredPaperSearch(tx, () => write(tx, rows as never[], tally)), TRANSACTION);
    await expireTagsEverywhere(tally.endBatch());
  };
  let index = 0;
  for await (const element of readJsonArray(file, { onProgress: progress })) {
    const place = `[${index++}]`;
    const parsed = schema.safeParse(element);
    if (!parsed.success) {
      noteSkippedRow(summary, { file: name, place, reason: describeIssue(parsed.error, []).replace(/^: /, "") });
      continue;
    }
    const fingerprint = createHash("sha1").update(JSON.stringify(element)).digest("base64").slice(0, 16);
    if (seen.has(fingerprint)) {
      tally.recordMerged(entity);
      continue;
    }
    if (seen.size >= FINGERPRINTS_KEPT) seen = new Set();
    seen.add(fingerprint);
    batch.push(parsed.data);
    if (batch.length >= size) await flush();
  }
  if (batch.length > 0) await flush();
  return index;
}

function noteSkippedRow(summary: ImportSummary, row: ImportSummary["skippedRows"][number]): void {
  summary.skippedRowCount += 1;
  if (summary.skippedRows.length < SAMPLE_SIZE) summary.skippedRows.push(row);
}

function emptyCounts(): Record<EntityKind, Counts> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, merged: 0 }])) as Record<EntityKind, Counts>;
}
