import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { recordAuditEvents } from "@/lib/audit/audit-events";
import { AppError } from "@/lib/errors";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import type { AcceptReproduction, RetractEvidence } from "@/lib/validations/trust";
import { rowTags } from "./row-tags";

const ROW_SELECT = { id: true, modelName: true, benchmarkId: true, paperId: true, reproductionUrl: true } as const;

/** A moderator accepts a linked run or log: the row's trust rises to reproduced. An audit event. */
export async function acceptReproduction(userId: string | null, { resultId, url }: AcceptReproduction): Promise<void> {
  const expired = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const row = await tx.result.findUnique({ where: { id: resultId }, select: ROW_SELECT });
    if (!row) throw new AppError("NOT_FOUND", "There is no such result.");
    await tx.result.update({ where: { id: resultId }, data: { reproductionUrl: url, reproducedAt: new Date() } });
    await recordAuditEvents(tx, { actorId: actor.id, benchmarkId: row.benchmarkId }, [
      { kind: "TRUST_EVIDENCE", subject: row.modelName, before: row.reproductionUrl ?? "", after: url },
    ]);
    return rowTags(row);
  });
  expireTags(expired);
}

/** A moderator retracts a row's reproduction, with a reason: its trust drops at once (its pages' tags expire). */
export async function retractEvidence(userId: string | null, { resultId, reason }: RetractEvidence): Promise<void> {
  const expired = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const row = await tx.result.findUnique({ where: { id: resultId }, select: ROW_SELECT });
    if (!row) throw new AppError("NOT_FOUND", "There is no such result.");
    const cleared = await tx.result.updateMany({ where: { id: resultId, reproducedAt: { not: null } }, data: { reproducedAt: null } });
    if (cleared.count === 0) throw new AppError("CONFLICT", "This result has no accepted reproduction.");
    await recordAuditEvents(tx, { actorId: actor.id, benchmarkId: row.benchmarkId }, [
      { kind: "TRUST_EVIDENCE", subject: row.modelName, before: row.reproductionUrl ?? "", after: { retracted: reason } },
    ]);
    return rowTags(row);
  });
  expireTags(expired);
}
