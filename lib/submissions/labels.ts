// The review domain's words, in one place: pages, mails, the API and the domain's refusals read them here.
import type { ResultChange, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";

/** The tones components/ui/badge.tsx knows, named here so that the domain does not import the UI. */
export type StatusTone = "neutral" | "brand" | "green" | "amber" | "red";

/** A kind as the submitter and the public read it. */
export const KIND_LABELS: Record<SubmissionKind, string> = {
  NEW_RESULTS: "New results",
  EDIT_RESULT: "Suggested edit",
  REPORT_RESULT: "Problem report",
};

/** A kind in the moderators' queue, short. */
export const KIND_SHORT_LABELS: Record<SubmissionKind, string> = {
  NEW_RESULTS: "New results",
  EDIT_RESULT: "Edit",
  REPORT_RESULT: "Report",
};

export const KIND_TONES: Record<SubmissionKind, StatusTone> = {
  NEW_RESULTS: "neutral",
  EDIT_RESULT: "brand",
  REPORT_RESULT: "red",
};

export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  PENDING: "Pending review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  CHANGES_REQUESTED: "Changes requested",
  WITHDRAWN: "Withdrawn",
  RETRACTED: "Retracted",
};

export const STATUS_TONES: Record<SubmissionStatus, StatusTone> = {
  PENDING: "amber",
  APPROVED: "green",
  REJECTED: "red",
  CHANGES_REQUESTED: "brand",
  WITHDRAWN: "neutral",
  RETRACTED: "red",
};

export const CHANGE_LABELS: Record<ResultChange, string> = {
  EDITED: "Edited",
  RETRACTED: "Retracted",
  REIMPORTED: "Re-imported",
};

/** A review event in words: "Sent for review", "Changes requested", "Resubmitted"… */
export function eventLabel(fromStatus: SubmissionStatus | null, toStatus: SubmissionStatus): string {
  if (fromStatus === null) return "Sent for review";
  if (toStatus === "PENDING") return "Edited and resubmitted";
  return STATUS_LABELS[toStatus];
}

/** What a moderator is told when a decision that needs a reason comes without one: by the form and by the domain. */
export const REASON_REQUIRED = {
  reject: "Give the submitter a reason",
  request_changes: "Give the submitter a reason",
  bulkReject: "Give the submitters a reason",
  retract: "Say why the result is retracted",
  dismiss: "Tell the reporter why the report is dismissed",
} as const;
