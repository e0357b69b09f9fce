import type { Tx } from "@/lib/catalogue/types";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/users/require-actor";
import { ReportResultSchema } from "@/lib/validations/submission";
import { applyResultEdit } from "./apply-result-edit";
import { publishNewResults } from "./publish-new-results";
import { retractPublishedResult } from "./retract-result";
import { parseStoredPayload, runDecision, type Applied, type DecisionOutcome, type StoredSubmission } from "./decide-submission";

/**
 * A moderator approves a pending submission: new results are published (creating what they propose),
 * an edit replaces the published row, a report retracts the result for the reason the moderator gives
 * (required: the reporter's words stay the report's). One transaction with the review event; the
 * leaderboard, paper, task, dataset and home pages show it on their next request.
 */
export function approveSubmission(userId: string | null, { submissionId, reason = "" }: { submissionId: string; reason?: string }): Promise<DecisionOutcome> {
  return runDecision(userId, { submissionId, transition: "approve", reason, apply: applySubmission });
}

function applySubmission(tx: Tx, actor: Actor, submission: StoredSubmission, reason: string): Promise<Applied> {
  switch (submission.kind) {
    case "NEW_RESULTS":
      return publishNewResults(tx, actor, submission);
    case "EDIT_RESULT":
      return applyResultEdit(tx, actor, submission);
    case "REPORT_RESULT": {
      const report = parseStoredPayload(ReportResultSchema, submission.payload);
      if (!reason) throw new AppError("INVALID_INPUT", "Say why the result is retracted.");
      const resultId = submission.targetResultId ?? report.resultId;
      return retractPublishedResult(tx, actor, { resultId, reason, submissionId: submission.id });
    }
  }
}
