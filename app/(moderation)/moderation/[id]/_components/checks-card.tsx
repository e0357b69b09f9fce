import { Card } from "@/components/ui/card";
import type { Proposal } from "@/lib/submissions/read/review";
import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";

/** The automatic checks, warnings first: computed again for a pending submission, else as stored when sent. */
export function ChecksCard({ checks, proposal, isCurrent }: { checks: SubmissionCheck[]; proposal: Proposal; isCurrent: boolean }) {
  const ordered = [...checks].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1));
  const modelOf = (row: number) => (proposal.kind === "NEW_RESULTS" ? proposal.input.rows[row]?.modelName : undefined);
  const warnings = checks.filter((check) => check.severity === "warning").length;
  return (
    <Card title="Automatic checks" aside={[warnings > 0 && `${warnings} to look at`, isCurrent ? "as of now" : "as sent"].filter(Boolean).join(" · ")}>
      {ordered.length === 0 ? (
        <p className="text-sm text-slate-500">No warnings: nothing unusual found.</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="checks">
          {ordered.map((check, i) => (
            <li
              key={i}
              data-testid={`check-${check.severity}`}
              className={`rounded-md border px-3 py-2 ${check.severity === "warning" ? "border-amber-200 bg-amber-50 text-amber-900" : "border-slate-200 bg-slate-50 text-slate-700"}`}
            >
              <span className="font-semibold">{check.severity === "warning" ? "Warning" : "Note"}: </span>
              {check.message}
              {(check.row !== undefined || check.metric) && (
                <span className="mt-0.5 block text-xs opacity-80">
                  {[check.row !== undefined && `Row ${check.row + 1}${modelOf(check.row) ? ` (${modelOf(check.row)})` : ""}`, check.metric]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
