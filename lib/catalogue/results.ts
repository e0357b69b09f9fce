import type { ResultChange } from "@/lib/generated/prisma/enums";
import { insertResults, insertResultValues, type ResultRow } from "./bulk-insert";
import { inList } from "./bulk-sql";
import type { Outcome, Tx } from "./types";

export type ResultValueInput = { metricId: string; raw: string; value: number | null; uncertainty: number | null };

export type ResultInput = ResultRow & {
  /** Identity of an imported row; null for a result that is only ever created (an approved submission). */
  sourceKey: string | null;
  values: ResultValueInput[];
};

export type ResultRef = { id: string; sourceKey: string | null; outcome: Outcome };

/** What upsertResults and reviseResult read of a stored result. */
export const STORED_RESULT_SELECT = {
  id: true,
  sourceKey: true,
  modelName: true,
  paperId: true,
  codeUrl: true,
  evaluatedAt: true,
  usesExtraData: true,
  extraData: true,
  evidence: true,
  settings: true,
  settingNotes: true,
  params: true,
  trainingCompute: true,
  inferenceCost: true,
  values: { select: { metricId: true, raw: true, value: true, uncertainty: true } },
} as const;

export type StoredResult = {
  id: string;
  sourceKey: string | null;
  modelName: string;
  paperId: string | null;
  codeUrl: string | null;
  evaluatedAt: Date | null;
  usesExtraData: boolean;
  extraData: string;
  evidence: string;
  settings: string;
  settingNotes: string;
  params: number | null;
  trainingCompute: number | null;
  inferenceCost: number | null;
  values: ResultValueInput[];
};

/**
 * Creates or updates many results with their values, in input order. A result with a source key that
 * exists already is updated only when something differs, and its previous version is kept as a revision;
 * its status (a moderator may have retracted it) is left alone.
 */
export async function upsertResults(tx: Tx, inputs: ResultInput[]): Promise<ResultRef[]> {
  const sourceKeys = inputs.flatMap((input) => (input.sourceKey ? [input.sourceKey] : []));
  const storedByKey = await findStoredResults(tx, sourceKeys);

  const refs = new Map<ResultInput, ResultRef>();
  const toCreate: ResultInput[] = [];
  for (const input of inputs) {
    const existing = input.sourceKey ? storedByKey.get(input.sourceKey) : undefined;
    if (existing) {
      const changed = differs(existing, input);
      if (changed) await reviseResult(tx, existing, input, { change: "REIMPORTED" });
      refs.set(input, { id: existing.id, sourceKey: existing.sourceKey, outcome: changed ? "updated" : "unchanged" });
    } else {
      toCreate.push(input);
    }
  }
  const ids = await insertResults(
    tx,
    toCreate.map(({ values: _values, ...result }) => result),
  );
  await insertResultValues(
    tx,
    toCreate.flatMap((input, i) => input.values.map((value) => ({ ...value, resultId: ids[i] }))),
  );
  toCreate.forEach((input, i) => refs.set(input, { id: ids[i], sourceKey: input.sourceKey, outcome: "created" }));
  return inputs.map((input) => refs.get(input)!);
}

// What STORED_RESULT_SELECT reads, in two plain queries: Prisma's own costs more than the database here.
export async function findStoredResults(tx: Tx, sourceKeys: string[]): Promise<Map<string | null, StoredResult>> {
  const byKey = new Map<string | null, StoredResult>();
  if (sourceKeys.length === 0) return byKey;
  const results = await tx.$queryRaw<Omit<StoredResult, "values">[]>`
    SELECT "id", "sourceKey", "modelName", "paperId", "codeUrl", "evaluatedAt", "usesExtraData", "extraData", "evidence",
      "settings", "settingNotes", "params", "trainingCompute", "inferenceCost"
    FROM "Result" WHERE "sourceKey" IN ${inList(sourceKeys)}`;
  if (results.length === 0) return byKey;
  const byId = new Map(results.map((result) => [result.id, { ...result, values: [] as ResultValueInput[] }]));
  const values = await tx.$queryRaw<(ResultValueInput & { resultId: string })[]>`
    SELECT "resultId", "metricId", "raw", "value", "uncertainty" FROM "ResultValue" WHERE "resultId" IN ${inList([...byId.keys()])}`;
  for (const { resultId, ...value } of values) byId.get(resultId)!.values.push(value);
  for (const result of byId.values()) byKey.set(result.sourceKey, result);
  return byKey;
}

/** Who changed a result, how, why and through which submission: the revision's record of the change. */
export type RevisionNote = { change: ResultChange; actorId?: string | null; reason?: string | null; submissionId?: string | null };

/** Replaces a result's fields and values, keeping the version it replaces as a revision. */
export async function reviseResult(tx: Tx, existing: StoredResult, input: ResultInput, note: RevisionNote): Promise<void> {
  await tx.resultRevision.create({
    data: { resultId: existing.id, snapshot: resultSnapshot(existing), ...note },
  });
  const { values, benchmarkId: _benchmarkId, sourceKey: _sourceKey, source: _source, ...fields } = input;
  await tx.result.update({ where: { id: existing.id }, data: fields });
  await tx.resultValue.deleteMany({ where: { resultId: existing.id } });
  await insertResultValues(
    tx,
    values.map((value) => ({ ...value, resultId: existing.id })),
  );
}

/** What a result said at one time: stored in ResultRevision.snapshot. */
export function resultSnapshot(result: StoredResult) {
  return {
    modelName: result.modelName,
    paperId: result.paperId,
    codeUrl: result.codeUrl,
    evaluatedAt: result.evaluatedAt?.toISOString() ?? null,
    usesExtraData: result.usesExtraData,
    extraData: result.extraData,
    evidence: result.evidence,
    settings: result.settings,
    settingNotes: result.settingNotes,
    params: result.params,
    trainingCompute: result.trainingCompute,
    inferenceCost: result.inferenceCost,
    values: result.values.map(({ metricId, raw, value, uncertainty }) => ({ metricId, raw, value, uncertainty })),
  };
}

function differs(existing: StoredResult, input: ResultInput): boolean {
  const sameFields =
    existing.modelName === input.modelName &&
    existing.paperId === input.paperId &&
    existing.codeUrl === input.codeUrl &&
    (existing.evaluatedAt?.getTime() ?? null) === (input.evaluatedAt?.getTime() ?? null) &&
    existing.usesExtraData === input.usesExtraData &&
    (input.extraData === undefined || existing.extraData === input.extraData) &&
    (input.evidence === undefined || existing.evidence === input.evidence) &&
    sameExtras(existing, input);
  if (!sameFields || existing.values.length !== input.values.length) return true;
  const storedValues = new Map(existing.values.map((value) => [value.metricId, value]));
  return input.values.some((value) => {
    const stored = storedValues.get(value.metricId);
    return !stored || stored.raw !== value.raw || stored.value !== value.value || stored.uncertainty !== value.uncertainty;
  });
}

// Settings and axes the input leaves undefined stay as stored; a number read back from SQLite may be a bigint-free float.
function sameExtras(existing: StoredResult, input: ResultInput): boolean {
  const keys = ["settings", "settingNotes", "params", "trainingCompute", "inferenceCost"] as const;
  return keys.every((key) => input[key] === undefined || (existing[key] ?? null) === (input[key] === null ? null : input[key]));
}
