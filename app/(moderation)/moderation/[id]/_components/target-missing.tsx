import { Card } from "@/components/ui/card";
import type { SubmissionReview } from "@/lib/submissions/read/review";

/** An edit or report whose result is no longer on its leaderboard. */
export function TargetMissing({ title, targetStatus }: { title: string; targetStatus: SubmissionReview["targetStatus"] }) {
  return (
    <Card title={title}>
      <p className="text-sm text-slate-700">
        {targetStatus?.status === "RETRACTED"
          ? `The result has been retracted${targetStatus.retractedReason ? ` (“${targetStatus.retractedReason}”)` : ""}: there is nothing left to change.`
          : "The result this is about no longer exists."}
      </p>
    </Card>
  );
}
