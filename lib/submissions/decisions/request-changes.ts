import { runDecision, type DecisionOutcome } from "./decide-submission";

/** A moderator sends a pending submission back to its submitter with what to change (required). */
export function requestChanges(userId: string | null, { submissionId, reason }: { submissionId: string; reason: string }): Promise<DecisionOutcome> {
  return runDecision(userId, { submissionId, transition: "request_changes", reason });
}
