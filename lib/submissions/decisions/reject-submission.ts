import { runDecision, type DecisionOutcome } from "./decide-submission";

/** A moderator rejects a pending submission; the reason (required) is shown to the submitter. */
export function rejectSubmission(userId: string | null, { submissionId, reason }: { submissionId: string; reason: string }): Promise<DecisionOutcome> {
  return runDecision(userId, { submissionId, transition: "reject", reason });
}
