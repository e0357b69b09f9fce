import Link from "next/link";
import { StatusBadge } from "@/components/submissions/status-badge";
import { KIND_LABELS } from "@/lib/submissions/labels";
import type { MySubmission } from "@/lib/data/submissions";
import { formatDate, plural } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/submissions/labels";

function Summary({ submission }: { submission: MySubmission }) {
  const what = submission.kind === "NEW_RESULTS" ? plural(submission.rowCount, "result") : KIND_LABELS[submission.kind];
  return (
    <p className="text-sm text-slate-500">
      {what} · sent <time dateTime={submission.createdAt.toISOString()}>{formatDate(submission.createdAt)}</time>
      {submission.hasWarnings && <> · with warnings</>}
    </p>
  );
}

/** A user's submissions, newest first: state, what, where, and the last decision with its reason. */
export function SubmissionList({ submissions }: { submissions: MySubmission[] }) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="my-submissions">
      {submissions.map((submission) => (
        <li key={submission.id} className="relative px-4 py-3.5 hover:bg-slate-50 sm:px-5" data-testid="my-submission">
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={submission.status} />
            <span className="text-xs font-medium uppercase tracking-wide text-slate-500">{KIND_LABELS[submission.kind]}</span>
            {submission.isUnread && (
              <span className="inline-flex items-center gap-1 text-xs font-semibold text-brand-700" data-testid="unread">
                <span aria-hidden className="h-2 w-2 rounded-full bg-brand-600" />
                New decision
              </span>
            )}
          </div>
          <Link href={`/submissions/${submission.id}`} className="mt-1 block font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-700">
            {submission.taskName} on {submission.datasetName}
          </Link>
          <Summary submission={submission} />
          {submission.lastDecision && (
            <p className="mt-1 text-sm text-slate-700 [overflow-wrap:anywhere]">
              <span className="font-medium">{STATUS_LABELS[submission.lastDecision.toStatus]}</span> on {formatDate(submission.lastDecision.createdAt)}
              {submission.lastDecision.reason && <>: “{submission.lastDecision.reason}”</>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
