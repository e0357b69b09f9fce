import Link from "next/link";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/submissions/labels";

const ORDER: SubmissionStatus[] = ["PENDING", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN", "RETRACTED"];

/** All, then each state the user has submissions in, with its count. */
export function StateFilter({ counts, current }: { counts: Partial<Record<SubmissionStatus, number>>; current: SubmissionStatus | null }) {
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const options = [
    { state: null, label: "All", count: total },
    ...ORDER.filter((state) => counts[state] || state === current).map((state) => ({ state, label: STATUS_LABELS[state], count: counts[state] ?? 0 })),
  ];
  return (
    <nav aria-label="Filter by state" className="mb-4 overflow-x-auto">
      <ul className="flex gap-2 text-sm">
        {options.map(({ state, label, count }) => {
          const isCurrent = state === current;
          return (
            <li key={label}>
              <Link
                href={state ? `/submissions?state=${state.toLowerCase()}` : "/submissions"}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-3 py-1 font-medium ring-1 ring-inset ${
                  isCurrent
                    ? "bg-brand-600 text-white ring-brand-600 hover:text-white"
                    : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50 hover:text-slate-900"
                }`}
              >
                {label}
                <span className={isCurrent ? "text-brand-100" : "text-slate-500"}>{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
