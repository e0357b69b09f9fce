import { prisma } from "@/lib/db";
import { DECIDED_STATES } from "./states";

/** The submitter has read the decision on their submission: it no longer counts as unread. */
export async function markSubmissionSeen(userId: string, submissionId: string): Promise<boolean> {
  const { count } = await prisma.submission.updateMany({
    where: { id: submissionId, submitterId: userId, status: { in: DECIDED_STATES }, seenAt: null },
    data: { seenAt: new Date() },
  });
  return count > 0;
}
