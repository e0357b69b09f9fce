import type { Trust, TrustLevel } from "@/lib/trust/trust-level";

const TONES: Record<TrustLevel, string> = {
  none: "bg-slate-100 text-slate-600 ring-slate-200",
  reported: "bg-sky-50 text-sky-800 ring-sky-200",
  code: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  author: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  reproduced: "bg-emerald-600 text-white ring-emerald-700",
};
const DROPPED = "bg-amber-100 text-amber-900 ring-amber-300";

/** A row's trust level in words, with why in its tooltip and, for screen readers, in the text itself. */
export function TrustBadge({ trust }: { trust: Trust }) {
  const tone = trust.level === "none" && trust.label !== "Unverified" ? DROPPED : TONES[trust.level];
  const why = trust.reasons.join(" ");
  return (
    <span
      title={why}
      tabIndex={0}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-[11px] font-semibold ring-1 ring-inset ${tone}`}
      data-testid="trust-badge"
      data-level={trust.level}
    >
      {trust.isContested && <span aria-hidden>⚠</span>}
      {trust.label}
      <span className="sr-only">. Why: {why}</span>
    </span>
  );
}
