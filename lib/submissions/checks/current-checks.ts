import { prisma } from "@/lib/db";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { CreateSubmissionSchema, EditResultSchema } from "@/lib/validations/submission";
import type { SubmissionCheck } from "./check-types";
import { parseInput } from "../input-errors";
import { prepareResultEdit } from "../prepare-result-edit";
import { prepareSubmission } from "../prepare-submission";

/**
 * A pending submission's automatic checks against the catalogue as it is now: the stored ones date from
 * its sending (a "new paper" may exist since). Reads only. Null when they cannot be computed again (a
 * payload that no longer parses, a target gone): the stored ones stand.
 */
export async function currentChecks(submission: { id: string; kind: SubmissionKind; payload: unknown }): Promise<SubmissionCheck[] | null> {
  if (submission.kind === "REPORT_RESULT") return null;
  try {
    return await prisma.$transaction(async (tx) => {
      if (submission.kind === "NEW_RESULTS") {
        return (await prepareSubmission(tx, parseInput(CreateSubmissionSchema, submission.payload), { ignoreSubmissionId: submission.id })).checks;
      }
      return (await prepareResultEdit(tx, parseInput(EditResultSchema, submission.payload), { ignoreSubmissionId: submission.id })).checks;
    });
  } catch {
    return null;
  }
}
