import { prisma } from "@/lib/db";
import { requireActor } from "@/lib/users/require-actor";
import { EditResultSchema } from "@/lib/validations/submission";
import type { SubmissionCheck } from "./checks/check-types";
import { parseInput } from "./input-errors";
import { insertSubmission } from "./insert-submission";
import { prepareResultEdit } from "./prepare-result-edit";

/**
 * "Suggest an edit": a signed-in user proposes new values or fields for a published result
 * (EDIT_RESULT, pending, with its review event). The published version stays visible until a moderator
 * approves. Refusals: InvalidInput, UNAUTHENTICATED, NOT_FOUND, CONFLICT (retracted). Nothing is written on a refusal.
 */
export async function proposeResultEdit(userId: string | null, input: unknown): Promise<{ id: string; checks: SubmissionCheck[] }> {
  const parsed = parseInput(EditResultSchema, input);
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const prepared = await prepareResultEdit(tx, parsed);
    const id = await insertSubmission(tx, actor, { kind: "EDIT_RESULT", ...prepared.columns });
    return { id, checks: prepared.checks };
  });
}
