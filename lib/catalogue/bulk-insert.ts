import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ResultSource } from "@/lib/generated/prisma/enums";
import type { Tx } from "./types";

// The archive has a hundred thousand results and three values each: Prisma's createMany spends several
// times longer on each row than the database does. These plain multi-row INSERTs (standard SQL, the
// values bound as parameters, stored exactly as Prisma stores them) write the same rows.

/** At most 999 parameters a statement, the lowest limit among the databases the project targets. */
const MAX_PARAMETERS = 999;

export type ResultRow = {
  benchmarkId: string;
  sourceKey: string | null;
  source: ResultSource;
  modelName: string;
  paperId: string | null;
  codeUrl: string | null;
  evaluatedAt: Date | null;
  usesExtraData: boolean;
  extraData?: string;
  evidence?: string;
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

/** Inserts results (status PUBLISHED) and returns their new ids, in order. */
export async function insertResults(tx: Tx, results: ResultRow[]): Promise<string[]> {
  const now = new Date();
  const ids = results.map(() => randomUUID());
  const rows = results.map(
    (result, i) => Prisma.sql`(${ids[i]}, ${result.benchmarkId}, ${result.sourceKey}, ${result.source}, ${result.modelName},
      ${result.paperId}, ${result.codeUrl}, ${result.evaluatedAt}, ${result.usesExtraData}, ${result.extraData ?? ""},
      ${result.evidence ?? ""}, ${result.submittedById ?? null}, ${result.approvedById ?? null}, ${result.approvedAt ?? null},
      ${now}, ${now})`,
  );
  await insertInChunks(tx, 16, rows, (values) =>
    tx.$executeRaw`INSERT INTO "Result" ("id", "benchmarkId", "sourceKey", "source", "modelName", "paperId", "codeUrl",
      "evaluatedAt", "usesExtraData", "extraData", "evidence", "submittedById", "approvedById", "approvedAt",
      "createdAt", "updatedAt") VALUES ${values}`,
  );
  return ids;
}

export async function insertResultValues(tx: Tx, values: ResultValueRow[]): Promise<void> {
  const rows = values.map(
    (value) =>
      Prisma.sql`(${randomUUID()}, ${value.resultId}, ${value.metricId}, ${value.raw}, ${value.value}, ${value.uncertainty})`,
  );
  await insertInChunks(tx, 6, rows, (sql) =>
    tx.$executeRaw`INSERT INTO "ResultValue" ("id", "resultId", "metricId", "raw", "value", "uncertainty") VALUES ${sql}`,
  );
}

/**
 * Links papers to the tasks or datasets they report results on, through Prisma's tables for implicit
 * many-to-many relations (`_PaperToTask`: A is the paper; `_DatasetToPaper`: A is the dataset).
 * The pairs must be new: the caller knows the links that exist.
 */
export async function insertPaperLinks(
  tx: Tx,
  kind: "task" | "dataset",
  links: { paperId: string; targetId: string }[],
): Promise<void> {
  const unique = [...new Map(links.map((link) => [`${link.paperId} ${link.targetId}`, link])).values()];
  const rows = unique.map((link) =>
    kind === "task" ? Prisma.sql`(${link.paperId}, ${link.targetId})` : Prisma.sql`(${link.targetId}, ${link.paperId})`,
  );
  await insertInChunks(tx, 2, rows, (values) =>
    kind === "task"
      ? tx.$executeRaw`INSERT INTO "_PaperToTask" ("A", "B") VALUES ${values}`
      : tx.$executeRaw`INSERT INTO "_DatasetToPaper" ("A", "B") VALUES ${values}`,
  );
}

async function insertInChunks(
  tx: Tx,
  parametersPerRow: number,
  rows: Prisma.Sql[],
  insert: (values: Prisma.Sql) => Promise<number>,
): Promise<void> {
  const rowsPerStatement = Math.floor(MAX_PARAMETERS / parametersPerRow);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    await insert(Prisma.join(rows.slice(start, start + rowsPerStatement)));
  }
}
