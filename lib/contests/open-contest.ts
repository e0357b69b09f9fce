// Kept apart from contests.ts (which settles, with the cache and the session) so that the import's command line can open contests.
import type { Tx } from "@/lib/db";
import { recordContestedEvent } from "@/lib/follow/result-events";
import type { ValueConflict } from "./detect-contest";

/** One contest between a published row and the one that disagrees with it; both are contested until it is settled. */
export async function openContest(
  tx: Tx,
  { resultId, otherResultId, conflicts, openedById }: { resultId: string; otherResultId: string; conflicts: ValueConflict[]; openedById: string | null },
): Promise<void> {
  const reason = `Two sources disagree: ${conflicts.map((conflict) => `${conflict.raws[0]} against ${conflict.raws[1]}`).join("; ")}.`;
  await tx.contest.create({ data: { kind: "VALUES", resultId, otherResultId, reason, openedById } });
  await tx.result.updateMany({ where: { id: { in: [resultId, otherResultId] } }, data: { contestedAt: new Date() } });
  await recordContestedEvent(tx, { resultId, otherResultId, reason });
}
