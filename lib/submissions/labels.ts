import type { ResultChange, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";

/** The tones components/ui/badge.tsx knows, named here so that the domain does not import the UI. */
type StatusTone = "neutral" | "brand" | "green" | "amber" | "red";

export const KIND_LABELS: Record<SubmissionKind, string> = {
  NEW_RESULTS: "New results",
  EDIT_RESULT: "Edit",
  REPORT_RESULT: "Report",
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
