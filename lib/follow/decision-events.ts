import type { Tx } from "@/lib/db";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { recordWatchEvents } from "./events";
import { recordResultEvents } from "./result-events";

type Decided = {
  submission: { id: string; kind: SubmissionKind; submitterId: string };
  transition: "approve" | "reject" | "request_changes";
  reason: string;
  resultIds: string[];
};

const VERBS = { approve: "approved", reject: "rejected", request_changes: "sent back for changes" } as const;

/** A moderator's decision, for the inboxes: the submitter hears of it; watchers hear of the results it published. */
export async function recordDecisionEvents(tx: Tx, { submission, transition, reason, resultIds }: Decided): Promise<void> {
  await recordWatchEvents(tx, {
    kind: "SUBMISSION_REVIEWED",
    title: `Your submission was ${VERBS[transition]}${reason ? `: ${reason}` : ""}`,
    path: `/submissions/${submission.id}`,
    targets: [],
    userIds: [submission.submitterId],
    data: { submissionId: submission.id, decision: transition, reason },
  });
  // A report's retraction records its own event (lib/submissions/decisions/retract-result.ts).
  if (transition === "approve" && submission.kind !== "REPORT_RESULT") await recordResultEvents(tx, { resultIds, change: "published" });
}
