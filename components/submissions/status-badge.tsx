import { Badge } from "@/components/ui/badge";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/submissions/labels";

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
