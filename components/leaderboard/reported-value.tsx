import type { LeaderboardValue } from "@/lib/data/leaderboards";
import { reportedValue } from "@/lib/leaderboard/export";

/** A value as its paper reports it; text that is not a number is muted, flagged and never ranked. */
export function ReportedValue({ value, strong = false }: { value: Pick<LeaderboardValue, "raw" | "value" | "uncertainty"> | undefined; strong?: boolean }) {
  if (!value) {
    return (
      <span className="text-slate-300" title="not reported">
        —
      </span>
    );
  }
  if (value.value === null) {
    return (
      <span className="text-slate-500 italic decoration-dotted underline-offset-2 hover:underline" title="not a number: not ranked" data-unreadable>
        {value.raw}
        <span className="sr-only"> (not a number: not ranked)</span>
      </span>
    );
  }
  return <span className={strong ? "font-semibold text-slate-900" : "text-slate-700"}>{reportedValue(value)}</span>;
}
