"use server";

import { currentWriter } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { isAppError } from "@/lib/errors";
import { plural } from "@/lib/format";
import { decideSubmission, type DecisionOutcome } from "@/lib/submissions/decisions/decide-submission";
import { ReviewDecisionSchema, type ReviewDecision } from "@/lib/validations/submission";

const DONE: Record<ReviewDecision["decision"], (outcome: DecisionOutcome) => string> = {
  approve: (outcome) => (outcome.resultIds.length > 0 ? `Approved: ${plural(outcome.resultIds.length, "result")} changed on the leaderboard.` : "Approved."),
  reject: () => "Rejected. The submitter sees your reason.",
  request_changes: () => "Changes requested. The submitter sees your reason and can edit the submission.",
};

/** /moderation/[id]: approve, reject or request changes; the domain function checks the role again. */
export async function decideSubmissionAction(input: unknown): Promise<FormResult<ReviewDecision>> {
  const parsed = ReviewDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { decision } = parsed.data;
  try {
    const userId = (await currentWriter())?.id ?? null;
    return { ok: true, message: DONE[decision](await decideSubmission(userId, parsed.data)) };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { ok: false, fieldErrors: { reason: [error.message] } };
    return refusal(error);
  }
}
