import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { CreateSubmission, EditResult } from "@/lib/validations/submission";
import { hasWarnings, type SubmissionCheck } from "./checks/check-types";
import { computeChecks } from "./checks/compute-checks";
import { InvalidInput } from "./input-errors";
import { diffRows, resultAsRow } from "./result-row";

/** What a correction reads of its result: its row, its paper, its benchmark and metrics. */
export const CORRECTION_TARGET_SELECT = {
  id: true,
  status: true,
  benchmarkId: true,
  modelName: true,
  codeUrl: true,
  evaluatedAt: true,
  usesExtraData: true,
  extraData: true,
  evidence: true,
  values: { select: { metricId: true, raw: true } },
  paper: { select: { slug: true, title: true, url: true } },
  benchmark: {
    select: {
      slug: true,
      task: { select: { name: true } },
      dataset: { select: { name: true, parent: { select: { name: true } } } },
      metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, direction: true, unit: true } },
    },
  },
} satisfies Prisma.ResultSelect;

export type TargetResult = Prisma.ResultGetPayload<{ select: typeof CORRECTION_TARGET_SELECT }>;

/** The published result a correction is about, with the names the queue filters on. */
export async function findTargetResult(db: Tx, resultId: string) {
  const result = await db.result.findUnique({ where: { id: resultId }, select: CORRECTION_TARGET_SELECT });
  if (!result) throw new AppError("NOT_FOUND", "There is no such result.");
  if (result.status !== "PUBLISHED") throw new AppError("CONFLICT", "This result has been retracted: it can no longer be corrected.");
  const { task, dataset } = result.benchmark;
  const names = { taskName: task.name, datasetName: dataset.parent ? `${dataset.parent.name} / ${dataset.name}` : dataset.name };
  return { result, names };
}

/** The result as a one-row submission on its own benchmark, for the checks. */
function asSubmission(result: TargetResult, edit: EditResult): CreateSubmission {
  const { task, dataset, metrics } = result.benchmark;
  return {
    benchmark: {
      task: task.name,
      dataset: dataset.parent?.name ?? dataset.name,
      subset: dataset.parent ? dataset.name : "",
      metrics: metrics.map(({ name, direction, unit }) => ({ name, direction, unit })),
    },
    paper: { ref: result.paper?.url ?? "", title: result.paper?.title ?? "", authors: "", publishedAt: "" },
    rows: [edit.row],
    comment: edit.comment,
  };
}

/**
 * An edit of a published result, checked: its values must match the benchmark's metrics and something
 * must change. Its checks are those of a new row, the result itself aside (no duplicate of itself, not
 * the best to beat); the catalogue notes do not apply.
 */
export async function prepareResultEdit(db: Tx, edit: EditResult, options: { ignoreSubmissionId?: string } = {}) {
  const { result, names } = await findTargetResult(db, edit.resultId);
  const { metrics } = result.benchmark;
  if (edit.row.values.length !== metrics.length) throw new InvalidInput({ "row.values": ["One value per metric of the benchmark"] });
  const published = resultAsRow(
    result,
    metrics.map((metric) => metric.id),
  );
  if (
    diffRows(
      published,
      edit.row,
      metrics.map((metric) => metric.name),
    ).length === 0
  ) {
    throw new InvalidInput({}, "Nothing differs from the published result: change a value or a field first.");
  }
  const all = await computeChecks(db, asSubmission(result, edit), { ignoreResultId: result.id, ignoreSubmissionId: options.ignoreSubmissionId });
  const checks: SubmissionCheck[] = all.filter((check) => check.severity === "warning");
  return {
    checks,
    columns: {
      targetResultId: result.id,
      benchmarkId: result.benchmarkId,
      ...names,
      payload: edit as unknown as Prisma.InputJsonValue,
      checks: checks as unknown as Prisma.InputJsonValue,
      hasWarnings: hasWarnings(checks),
      comment: edit.comment,
    },
  };
}
