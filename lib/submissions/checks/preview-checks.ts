import { prisma } from "@/lib/db";
import { requireActor } from "@/lib/users/require-actor";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import type { SubmissionCheck } from "./check-types";
import { parseInput } from "../input-errors";
import { prepareSubmission } from "../prepare-submission";

/**
 * The form's "Check": the automatic checks of what would be submitted, nothing written. The same
 * refusals as createSubmission, so that the form can show them before sending. `submissionId` is the
 * submission being edited, which is no duplicate of itself.
 */
export async function previewChecks(userId: string | null, input: unknown, submissionId?: string): Promise<SubmissionCheck[]> {
  const parsed = parseInput(CreateSubmissionSchema, input);
  return prisma.$transaction(async (tx) => {
    await requireActor(tx, userId);
    return (await prepareSubmission(tx, parsed, { ignoreSubmissionId: submissionId })).checks;
  });
}
