import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvents } from "@/lib/audit/audit-events";
import { retractPublishedResult } from "@/lib/submissions/decisions/retract-result";
import { rowTags } from "@/lib/trust/row-tags";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import type { SettleContest } from "@/lib/validations/trust";
import { detectContest } from "./detect-contest";
import { openContest } from "./open-contest";

const CLAIM_SELECT = { id: true, benchmarkId: true, paperId: true, modelName: true, values: { select: { metricId: true, raw: true, value: true } } } as const;

/**
 * After new rows are published: each that claims the same result as a published row of another source
 * (same benchmark, paper and model) with values that differ beyond rounding opens one contest, and both
 * rows are marked contested until a moderator settles it. Returns the contests opened.
 */
export async function openContestsFor(tx: Tx, resultIds: string[], openedById: string | null): Promise<number> {
  let opened = 0;
  for (const id of resultIds) {
    const row = await tx.result.findUnique({ where: { id }, select: CLAIM_SELECT });
    if (!row?.paperId) continue;
    const others = await tx.result.findMany({
      where: { benchmarkId: row.benchmarkId, paperId: row.paperId, status: "PUBLISHED", id: { not: row.id } },
      select: CLAIM_SELECT,
    });
    for (const other of others) {
      const conflicts = detectContest(other, row);
      if (!conflicts || conflicts.length === 0) continue;
      await openContest(tx, { resultId: other.id, otherResultId: row.id, conflicts, openedById });
      opened += 1;
    }
  }
  return opened;
}

/** A row stays contested while any contest about it is open. */
export async function refreshContested(tx: Tx, resultIds: string[]): Promise<void> {
  for (const id of resultIds) {
    const open = await tx.contest.count({ where: { status: "OPEN", OR: [{ resultId: id }, { otherResultId: id }] } });
    if (open === 0) await tx.result.update({ where: { id }, data: { contestedAt: null } });
  }
}

/**
 * A moderator settles a contest: the row that stands keeps its place, the other is retracted with the
 * reason (its page and history keep it); for an author's dispute, "none" withdraws the disputed row.
 */
export async function settleContest(userId: string | null, input: SettleContest): Promise<{ benchmarkSlug: string }> {
  const { tags, slug } = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const contest = await tx.contest.findUnique({
      where: { id: input.contestId },
      select: {
        kind: true,
        resultId: true,
        otherResultId: true,
        result: { select: { benchmarkId: true, paperId: true, benchmark: { select: { slug: true } } } },
      },
    });
    if (!contest) throw new AppError("NOT_FOUND", "There is no such contest.");
    const rows = [contest.resultId, ...(contest.otherResultId ? [contest.otherResultId] : [])];
    const standing = rows.includes(input.standingId) ? input.standingId : null;
    if (!standing && contest.kind === "VALUES") throw new AppError("INVALID_INPUT", "Choose the value that stands.");
    const settled = await tx.contest.updateMany({
      where: { id: input.contestId, status: "OPEN" },
      data: { status: "SETTLED", standingId: standing, settledReason: input.reason, settledById: actor.id, settledAt: new Date() },
    });
    if (settled.count === 0) throw new AppError("ALREADY_DECIDED", "Another moderator has settled this contest.");
    const expired = rowTags(contest.result);
    for (const loser of rows.filter((id) => id !== standing)) {
      const applied = await retractPublishedResult(tx, actor, { resultId: loser, reason: `Contest settled: ${input.reason}`, submissionId: null });
      expired.push(...applied.tags);
    }
    await refreshContested(tx, rows);
    await recordAuditEvents(tx, { actorId: actor.id, benchmarkId: contest.result.benchmarkId }, [
      { kind: "CONTEST_SETTLED", subject: input.contestId, before: rows, after: { standing, reason: input.reason } },
    ]);
    return { tags: expired, slug: contest.result.benchmark.slug };
  });
  expireTags(tags);
  return { benchmarkSlug: slug };
}
