import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/users/require-actor";
import { CreateSubmissionSchema, EditResultSchema, ReportResultSchema } from "@/lib/validations/submission";
import type { SubmissionCheck } from "./checks/check-types";
import { InvalidInput, parseInput } from "./input-errors";
import { prepareResultEdit } from "./prepare-result-edit";
import { prepareSubmission } from "./prepare-submission";
import { recordTransition } from "./decisions/record-transition";
import { prepareReport } from "./report-result";

/** The new columns of a submission of `kind` from its edited input, checked as at creation. */
async function prepareAgain(tx: Tx, kind: string, targetResultId: string | null, submissionId: string, input: unknown) {
  if (kind === "NEW_RESULTS") return (await prepareSubmission(tx, parseInput(CreateSubmissionSchema, input), { ignoreSubmissionId: submissionId })).columns;
  const schema = kind === "EDIT_RESULT" ? EditResultSchema : ReportResultSchema;
  const parsed = parseInput(schema, input);
  // A correction stays about the result it was made for.
  if (parsed.resultId !== targetResultId) throw new InvalidInput({ resultId: ["A correction cannot move to another result"] });
  return "row" in parsed ? (await prepareResultEdit(tx, parsed, { ignoreSubmissionId: submissionId })).columns : prepareReport(tx, parsed);
}

/**
 * The submitter edits a submission a moderator sent back (CHANGES_REQUESTED → PENDING): its payload is
 * replaced and its checks computed again, with the "resubmit" review event, in one transaction.
 * `input` is parsed with the schema of the submission's kind. Refusals: InvalidInput, UNAUTHENTICATED,
 * NOT_FOUND, FORBIDDEN (not theirs), ALREADY_DECIDED (not waiting for changes). Nothing is written on a refusal.
 */
export async function resubmitSubmission(userId: string | null, submissionId: string, input: unknown): Promise<{ id: string; checks: SubmissionCheck[] }> {
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const current = await tx.submission.findUnique({ where: { id: submissionId }, select: { kind: true, targetResultId: true, payload: true } });
    if (!current) throw new AppError("NOT_FOUND", "There is no such submission.");
    await recordTransition(tx, { submissionId, transition: "resubmit", actor, previousPayload: current.payload ?? undefined });
    const columns = await prepareAgain(tx, current.kind, current.targetResultId, submissionId, input);
    await tx.submission.update({ where: { id: submissionId }, data: columns });
    return { id: submissionId, checks: columns.checks as unknown as SubmissionCheck[] };
  });
}
