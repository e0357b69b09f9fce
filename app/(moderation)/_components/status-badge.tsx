import { Badge } from "@/components/ui/badge";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_TONES } from "@/lib/submissions/labels";
import { STATUS_LABELS } from "@/lib/submissions/states";

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
