import { reportedValue } from "@/lib/leaderboard/export";

type Reported = { raw: string; value?: number | null; uncertainty?: number | null };

/**
 * A value as its paper reports it ("88.55 ± 0.04"), with the metric's unit unless the text carries it;
 * text that is not a number is muted, flagged and never ranked; a missing one is a dash.
 */
export function ReportedValue({ value, unit = "", strong = false }: { value: Reported | undefined; unit?: string; strong?: boolean }) {
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
  const suffix = unit && !value.raw.includes(unit) ? (unit === "%" ? "%" : ` ${unit}`) : "";
  return (
    <span className={`tabular ${strong ? "font-semibold text-slate-900" : "text-slate-700"}`}>
      {reportedValue({ raw: value.raw, uncertainty: value.uncertainty ?? null })}
      {suffix && <span className="font-normal text-slate-500">{suffix}</span>}
    </span>
  );
}
