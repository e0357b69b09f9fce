"use server";

import { currentUser } from "@/lib/auth";
import { invalidInput, refusal, type FormResult } from "@/lib/actions/form-result";
import { isAppError } from "@/lib/errors";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { ReportDecisionSchema, type ReportDecision } from "@/lib/validations/moderation";

/** /moderation/[id] of a report: retract the result (approve the report) or dismiss it (reject), with the moderator's own reason. */
export async function decideReportAction(input: unknown): Promise<FormResult<ReportDecision>> {
  const parsed = ReportDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { decision, ...review } = parsed.data;
  try {
    const userId = (await currentUser())?.id ?? null;
    await decideSubmission(userId, { ...review, decision: decision === "retract" ? "approve" : "reject" });
    return {
      ok: true,
      message: decision === "retract" ? "Retracted: the result is off the leaderboard, with your reason." : "Dismissed. The reporter sees your reason.",
    };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { ok: false, fieldErrors: { reason: [error.message] } };
    return refusal(error);
  }
}
