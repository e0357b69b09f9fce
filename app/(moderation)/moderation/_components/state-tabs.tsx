import Link from "next/link";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { formatCount } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/submissions/labels";

const ORDER: SubmissionStatus[] = ["PENDING", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "RETRACTED", "WITHDRAWN"];

/** How many submissions are in each state; each count opens that state's list. */
export function StateTabs({ counts, current }: { counts: Record<SubmissionStatus, number>; current: SubmissionStatus }) {
  return (
    <nav aria-label="Submissions by state" className="mb-4">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {ORDER.map((state) => (
          <li key={state}>
            <Link
              href={state === "PENDING" ? "/moderation" : `/moderation?state=${state}`}
              aria-current={state === current ? "page" : undefined}
              data-testid={`state-count-${state}`}
              className={`block rounded-lg border px-3 py-2 ${
                state === current ? "border-brand-300 bg-brand-50 text-brand-900" : "border-slate-200 bg-white text-slate-700 hover:border-slate-300"
              }`}
            >
              <span className="block text-xl font-semibold tabular-nums">{formatCount(counts[state])}</span>
              <span className="block text-xs font-medium">{STATUS_LABELS[state]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
