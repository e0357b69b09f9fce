import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";

const TONE = {
  warning: { box: "border-amber-200 bg-amber-50 text-amber-900", label: "Warning", mark: "!" },
  note: { box: "border-slate-200 bg-slate-50 text-slate-700", label: "Note", mark: "i" },
} as const;

/** The automatic checks: warnings a moderator will look at, then notes of what the submission adds. */
export function CheckList({ checks, empty = "No warnings: nothing unusual was found." }: { checks: SubmissionCheck[]; empty?: string }) {
  if (checks.length === 0) {
    return (
      <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="checks-empty">
        {empty}
      </p>
    );
  }
  return (
    <ul className="space-y-2" data-testid="checks">
      {checks.map((check, index) => {
        const tone = TONE[check.severity];
        return (
          <li key={index} className={`flex gap-2.5 rounded-md border px-3 py-2 text-sm ${tone.box}`} data-testid={`check-${check.kind}`}>
            <span aria-hidden className="mt-0.5 grid h-4 w-4 shrink-0 place-items-center rounded-full bg-current/10 text-[10px] font-bold">
              {tone.mark}
            </span>
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <span className="sr-only">{tone.label}: </span>
              {check.message}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
