import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/users/require-actor";

type NewSubmission = Omit<Prisma.SubmissionUncheckedCreateInput, "submitterId" | "status">;

/** Writes a pending submission and its first review event (nothing → PENDING, by the submitter), inside the caller's transaction. */
export async function insertSubmission(tx: Tx, actor: Actor, data: NewSubmission): Promise<string> {
  const { id } = await tx.submission.create({ data: { ...data, submitterId: actor.id, status: "PENDING" }, select: { id: true } });
  await tx.reviewEvent.create({ data: { submissionId: id, actorId: actor.id, fromStatus: null, toStatus: "PENDING" } });
  return id;
}
