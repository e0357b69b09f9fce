import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import type { BulkDecision } from "@/lib/validations/moderation";
import { REASON_REQUIRED } from "../labels";
import { decideSubmission, requireReason } from "./decide-submission";

/** How one submission of a bulk decision went. */
export type BulkItemOutcome =
  { submissionId: string; ok: true; status: SubmissionStatus; resultCount: number } | { submissionId: string; ok: false; code: string; message: string };

/**
 * Approves or rejects many submissions from the queue, each in its own transaction: one already
 * decided by someone else (or refused for any reason) is reported and does not stop the others.
 */
export async function decideSubmissions(userId: string | null, { submissionIds, decision, reason }: BulkDecision): Promise<BulkItemOutcome[]> {
  await prisma.$transaction((tx) => requireActor(tx, userId, REVIEWER_ROLES));
  if (decision === "reject") requireReason(reason, REASON_REQUIRED.bulkReject);
  const outcomes: BulkItemOutcome[] = [];
  for (const submissionId of new Set(submissionIds)) {
    try {
      const outcome = await decideSubmission(userId, { submissionId, decision, reason });
      outcomes.push({ submissionId, ok: true, status: outcome.status, resultCount: outcome.resultIds.length });
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({ submissionId, ok: false, code: error.code, message: error.message });
    }
  }
  return outcomes;
}
