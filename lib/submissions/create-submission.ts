import { prisma } from "@/lib/db";
import { requireActor } from "@/lib/users/require-actor";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import type { SubmissionCheck } from "./checks/check-types";
import { parseInput } from "./input-errors";
import { insertSubmission } from "./insert-submission";
import { prepareSubmission } from "./prepare-submission";

export type CreatedSubmission = { id: string; checks: SubmissionCheck[] };

/**
 * A signed-in user proposes new results (NEW_RESULTS): the submission, pending, and its first review
 * event are written in one transaction, with the automatic checks computed against the catalogue.
 * Refusals: InvalidInput (field by field, including an unknown paper without title, authors and date),
 * UNAUTHENTICATED. Nothing is written on a refusal.
 */
export async function createSubmission(userId: string | null, input: unknown): Promise<CreatedSubmission> {
  const parsed = parseInput(CreateSubmissionSchema, input);
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const prepared = await prepareSubmission(tx, parsed);
    const id = await insertSubmission(tx, actor, { kind: "NEW_RESULTS", ...prepared.columns });
    return { id, checks: prepared.checks };
  });
}
