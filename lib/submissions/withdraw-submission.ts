import { prisma } from "@/lib/db";
import { requireActor } from "@/lib/users/require-actor";
import { recordTransition } from "./decisions/record-transition";

/** The submitter takes back their pending submission. Refusals: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (not theirs), ALREADY_DECIDED. */
export async function withdrawSubmission(userId: string | null, submissionId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    await recordTransition(tx, { submissionId, transition: "withdraw", actor });
  });
}
