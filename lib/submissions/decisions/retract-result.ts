import { prisma, type Tx } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { resultSnapshot, STORED_RESULT_SELECT } from "@/lib/catalogue/results";
import { AppError } from "@/lib/errors";
import { recordResultEvents } from "@/lib/follow/result-events";
import { REASON_REQUIRED } from "../labels";
import { REVIEWER_ROLES, requireActor, type Actor } from "@/lib/users/require-actor";
import type { RetractResult } from "@/lib/validations/submission";
import { publicTagsOf } from "../public-tags";
import { recordTransition } from "./record-transition";
import { requireReason, type Applied } from "./decide-submission";
import { creatingSubmissionId } from "../submission-results";
import { PUBLISHED } from "@/lib/catalogue/published";

export type RetractOutcome = { resultId: string; benchmarkSlug: string; creatingSubmissionId: string | null };

/**
 * A moderator takes a published result off its leaderboard, with a reason. It stays in the database
 * and in its history (a RETRACTED revision); the submission that created it, if any, becomes RETRACTED.
 */
export async function retractResult(userId: string | null, { resultId, reason }: RetractResult): Promise<RetractOutcome> {
  const { applied, slug, submissionId } = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    requireReason(reason, REASON_REQUIRED.retract);
    const applied = await retractPublishedResult(tx, actor, { resultId, reason: reason.trim(), submissionId: null });
    const result = await tx.result.findUniqueOrThrow({ where: { id: resultId }, select: { sourceKey: true, benchmark: { select: { slug: true } } } });
    return { applied, slug: result.benchmark.slug, submissionId: creatingSubmissionId(result.sourceKey) };
  });
  expireTags(applied.tags);
  return { resultId, benchmarkSlug: slug, creatingSubmissionId: submissionId };
}

/**
 * Retracts a published result inside the caller's transaction: guarded on its status (two moderators
 * retracting at once: one wins), its last version kept as a revision saying who, why and through which
 * submission (a report), and the submission that created it moved from APPROVED to RETRACTED.
 */
export async function retractPublishedResult(
  tx: Tx,
  actor: Actor,
  { resultId, reason, submissionId }: { resultId: string; reason: string; submissionId: string | null },
): Promise<Applied> {
  const result = await tx.result.findUnique({ where: { id: resultId }, select: { ...STORED_RESULT_SELECT, benchmarkId: true } });
  if (!result) throw new AppError("NOT_FOUND", "There is no such result.");
  const retracted = await tx.result.updateMany({
    where: { id: resultId, ...PUBLISHED },
    data: { status: "RETRACTED", retractedReason: reason },
  });
  if (retracted.count === 0) throw new AppError("CONFLICT", "This result is already retracted.");
  await tx.resultRevision.create({
    data: { resultId, snapshot: resultSnapshot(result), change: "RETRACTED", reason, actorId: actor.id, submissionId },
  });
  const creating = creatingSubmissionId(result.sourceKey);
  const creator = creating && (await tx.submission.findUnique({ where: { id: creating }, select: { status: true } }));
  if (creator && creator.status === "APPROVED") {
    await recordTransition(tx, { submissionId: creating, transition: "retract", actor, reason });
  }
  await recordResultEvents(tx, { resultIds: [resultId], change: "retracted", reason });
  return { resultIds: [resultId], benchmarkId: result.benchmarkId, tags: await publicTagsOf(tx, result.benchmarkId, [result.paperId]) };
}
