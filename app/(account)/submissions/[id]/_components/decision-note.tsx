import type { SubmissionDetail } from "@/lib/data/submissions";
import { formatDate } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/submissions/labels";

const TONES = {
  APPROVED: "border-emerald-200 bg-emerald-50 text-emerald-900",
  REJECTED: "border-rose-200 bg-rose-50 text-rose-900",
  CHANGES_REQUESTED: "border-brand-100 bg-brand-50 text-brand-900",
  RETRACTED: "border-rose-200 bg-rose-50 text-rose-900",
} as const;

const APPROVED_MEANS = {
  NEW_RESULTS: "It is published: the leaderboard and the paper's page show it.",
  EDIT_RESULT: "The result now reads as you suggested.",
  REPORT_RESULT: "The result was retracted: it has left the leaderboard.",
} as const;

function nextStep(submission: SubmissionDetail): string | null {
  if (submission.status === "APPROVED") return APPROVED_MEANS[submission.kind];
  if (submission.status === "CHANGES_REQUESTED") return "Edit it below and resubmit it; it goes back to the review queue.";
  return null;
}

/** The moderator's decision and reason, when there is one to read. */
export function DecisionNote({ submission }: { submission: SubmissionDetail }) {
  const { status } = submission;
  if (!(status in TONES) || !submission.decidedAt) return null;
  const tone = TONES[status as keyof typeof TONES];
  const next = nextStep(submission);
  return (
    <section aria-label="Decision" className={`rounded-lg border px-4 py-3 ${tone}`} data-testid="decision">
      <p className="font-semibold">
        {STATUS_LABELS[status]} on {formatDate(submission.decidedAt)}
        {submission.decidedBy && <span className="font-normal"> by {submission.decidedBy.name ?? "a moderator"}</span>}
      </p>
      {submission.reason && <p className="mt-1 [overflow-wrap:anywhere]">“{submission.reason}”</p>}
      {next && <p className="mt-1 text-sm opacity-90">{next}</p>}
    </section>
  );
}
