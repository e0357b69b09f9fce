"use server";

import { currentUser } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { isAppError } from "@/lib/errors";
import { approveSubmission } from "@/lib/submissions/decisions/approve-submission";
import { rejectSubmission } from "@/lib/submissions/decisions/reject-submission";
import { ReportDecisionSchema, type ReportDecision } from "@/lib/validations/moderation";

/** /moderation/[id] of a report: retract the result or dismiss the report, with the moderator's own reason. */
export async function decideReportAction(input: unknown): Promise<FormResult<ReportDecision>> {
  const parsed = ReportDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { decision, ...review } = parsed.data;
  try {
    const userId = (await currentUser())?.id ?? null;
    if (decision === "retract") {
      await approveSubmission(userId, review);
      return { ok: true, message: "Retracted: the result is off the leaderboard, with your reason." };
    }
    await rejectSubmission(userId, review);
    return { ok: true, message: "Dismissed. The reporter sees your reason." };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { ok: false, fieldErrors: { reason: [error.message] } };
    return refusal(error);
  }
}
