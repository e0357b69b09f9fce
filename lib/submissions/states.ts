import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

/** Who may move a submission, and from which states (docs/design.md, "Submission states"). */
export const TRANSITIONS = {
  approve: { from: ["PENDING"], to: "APPROVED", by: "moderator" },
  reject: { from: ["PENDING"], to: "REJECTED", by: "moderator" },
  request_changes: { from: ["PENDING"], to: "CHANGES_REQUESTED", by: "moderator" },
  retract: { from: ["APPROVED"], to: "RETRACTED", by: "moderator" },
  resubmit: { from: ["CHANGES_REQUESTED"], to: "PENDING", by: "submitter" },
  withdraw: { from: ["PENDING"], to: "WITHDRAWN", by: "submitter" },
} as const satisfies Record<string, { from: SubmissionStatus[]; to: SubmissionStatus; by: "moderator" | "submitter" }>;

export type Transition = keyof typeof TRANSITIONS;

export function canTransition(transition: Transition, status: SubmissionStatus): boolean {
  return (TRANSITIONS[transition].from as readonly SubmissionStatus[]).includes(status);
}

/** A decision the submitter has not yet seen. */
export const DECIDED_STATES: SubmissionStatus[] = ["APPROVED", "REJECTED", "CHANGES_REQUESTED", "RETRACTED"];
