import Link from "next/link";
import type { BulkItemOutcome } from "@/lib/submissions/decisions/decide-submissions";
import { STATUS_LABELS } from "@/lib/submissions/labels";

/** How each submission of a bulk decision went: done, or why not. */
export function BulkOutcomes({ outcomes, labels }: { outcomes: BulkItemOutcome[]; labels: Record<string, string> }) {
  const done = outcomes.filter((outcome) => outcome.ok).length;
  const failed = outcomes.length - done;
  return (
    <div
      aria-live="polite"
      data-testid="bulk-outcomes"
      className={`rounded-lg border p-3 text-sm ${failed > 0 ? "border-amber-200 bg-amber-50" : "border-emerald-200 bg-emerald-50"}`}
    >
      <p className="font-medium text-slate-900">
        {done} of {outcomes.length} done{failed > 0 && `; ${failed} not`}.
      </p>
      <ul className="mt-1 space-y-1">
        {outcomes.map((outcome) => (
          <li key={outcome.submissionId} data-testid="bulk-outcome" className={outcome.ok ? "text-emerald-800" : "text-amber-900"}>
            <span aria-hidden>{outcome.ok ? "✓ " : "✗ "}</span>
            <Link href={`/moderation/${outcome.submissionId}`} className="text-inherit underline">
              {labels[outcome.submissionId] ?? outcome.submissionId}
            </Link>
            {": "}
            {outcome.ok ? STATUS_LABELS[outcome.status].toLowerCase() : outcome.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
