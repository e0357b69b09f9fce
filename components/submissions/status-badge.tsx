import { Badge } from "@/components/ui/badge";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_TONES } from "@/lib/submissions/labels";
import { STATUS_LABELS } from "@/lib/submissions/states";

export const KIND_LABELS: Record<SubmissionKind, string> = {
  NEW_RESULTS: "New results",
  EDIT_RESULT: "Suggested edit",
  REPORT_RESULT: "Problem report",
};

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** A review event in words: "Sent for review", "Changes requested", "Resubmitted"… */
export function eventLabel(fromStatus: SubmissionStatus | null, toStatus: SubmissionStatus): string {
  if (fromStatus === null) return "Sent for review";
  if (toStatus === "PENDING") return "Edited and resubmitted";
  return STATUS_LABELS[toStatus];
}
