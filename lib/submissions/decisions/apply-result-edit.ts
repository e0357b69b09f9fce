import { reviseResult, STORED_RESULT_SELECT } from "@/lib/catalogue/results";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/users/require-actor";
import { EditResultSchema } from "@/lib/validations/submission";
import { publicTagsOf } from "../public-tags";
import { valuesOf } from "../result-row";
import { dayOf } from "./publish-new-results";
import { parseStoredPayload, type Applied, type StoredSubmission } from "./decide-submission";

/**
 * Approval of EDIT_RESULT: the published result takes the proposed row (values aligned with its
 * benchmark's metrics, in order); the version it replaces stays as an EDITED revision.
 */
export async function applyResultEdit(tx: Tx, actor: Actor, submission: StoredSubmission): Promise<Applied> {
  const edit = parseStoredPayload(EditResultSchema, submission.payload);
  const resultId = submission.targetResultId ?? edit.resultId;
  const existing = await tx.result.findUnique({
    where: { id: resultId },
    select: {
      ...STORED_RESULT_SELECT,
      status: true,
      source: true,
      benchmarkId: true,
      benchmark: { select: { metrics: { orderBy: { position: "asc" }, select: { id: true } } } },
    },
  });
  if (!existing) throw new AppError("NOT_FOUND", "The result this edit is about no longer exists.");
  if (existing.status !== "PUBLISHED") throw new AppError("CONFLICT", "The result this edit is about has been retracted: reject the edit.");

  const { row } = edit;
  await reviseResult(
    tx,
    existing,
    {
      benchmarkId: existing.benchmarkId,
      sourceKey: existing.sourceKey,
      source: existing.source,
      modelName: row.modelName,
      paperId: existing.paperId,
      codeUrl: row.codeUrl || null,
      evaluatedAt: dayOf(row.evaluatedAt) ?? existing.evaluatedAt,
      usesExtraData: row.usesExtraData,
      extraData: row.usesExtraData ? row.extraData : "",
      evidence: row.evidence,
      values: valuesOf(
        row.values,
        existing.benchmark.metrics.map((metric) => metric.id),
      ),
    },
    { change: "EDITED", actorId: actor.id, reason: edit.comment, submissionId: submission.id },
  );
  return { resultIds: [resultId], benchmarkId: existing.benchmarkId, tags: await publicTagsOf(tx, existing.benchmarkId, [existing.paperId]) };
}
