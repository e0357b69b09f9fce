import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { recordAuditEvents } from "@/lib/audit/audit-events";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rowTags } from "@/lib/trust/row-tags";
import { requireActor, type Actor } from "@/lib/users/require-actor";
import type { ConfirmResult, DisputeResult } from "@/lib/validations/trust";
import { isApprovedAuthor } from "./claims";

/** The published result and the acting user, who must be an approved author of its paper. */
async function requireAuthorOf(tx: Tx, userId: string | null, resultId: string) {
  const actor: Actor = await requireActor(tx, userId);
  const result = await tx.result.findUnique({ where: { id: resultId }, select: { id: true, modelName: true, status: true, benchmarkId: true, paperId: true } });
  if (!result || result.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "There is no such published result.");
  if (!(await isApprovedAuthor(tx, actor.id, result.paperId))) throw new AppError("FORBIDDEN", "Only an approved author of this result's paper can do this.");
  return { actor, result };
}

/** An author confirms a result of their paper: its trust rises to author-confirmed. An audit event. */
export async function confirmResult(userId: string | null, { resultId }: ConfirmResult): Promise<void> {
  const expired = await prisma.$transaction(async (tx) => {
    const { actor, result } = await requireAuthorOf(tx, userId, resultId);
    await tx.result.update({ where: { id: result.id }, data: { authorConfirmedAt: new Date() } });
    await recordAuditEvents(tx, { actorId: actor.id, benchmarkId: result.benchmarkId }, [
      { kind: "RESULT_CONFIRMED", subject: result.modelName, before: "unconfirmed", after: { resultId: result.id } },
    ]);
    return rowTags(result);
  });
  expireTags(expired);
}

/** An author disputes a result of their paper, with their reason: the row is contested and one item waits in the moderation queue. */
export async function disputeResult(userId: string | null, { resultId, reason }: DisputeResult): Promise<void> {
  const expired = await prisma.$transaction(async (tx) => {
    const { actor, result } = await requireAuthorOf(tx, userId, resultId);
    if ((await tx.contest.count({ where: { resultId, kind: "DISPUTE", status: "OPEN" } })) > 0)
      throw new AppError("CONFLICT", "A dispute of this result is already open.");
    await tx.contest.create({ data: { kind: "DISPUTE", resultId, reason, openedById: actor.id } });
    await tx.result.update({ where: { id: result.id }, data: { contestedAt: new Date(), authorConfirmedAt: null } });
    await recordAuditEvents(tx, { actorId: actor.id, benchmarkId: result.benchmarkId }, [
      { kind: "RESULT_DISPUTED", subject: result.modelName, before: { resultId: result.id }, after: { reason } },
    ]);
    return rowTags(result);
  });
  expireTags(expired);
}
