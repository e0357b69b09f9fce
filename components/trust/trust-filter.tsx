import Link from "next/link";
import { TRUST_FILTERS, TRUST_LABELS, type TrustLevel } from "@/lib/trust/trust-level";

/** "At least …": links that keep the leaderboard's view and add `?trust=` (shareable). */
export function TrustFilter({
  basePath,
  current,
  hrefFor,
}: {
  basePath: string;
  current: TrustLevel | null;
  /** The link of each level as a path (the leaderboard's, which keeps its setting and size filters). */
  hrefFor?: (level: TrustLevel | null) => string;
}) {
  const options: [TrustLevel | null, string][] = [[null, "Any"], ...TRUST_FILTERS.map((level): [TrustLevel, string] => [level, TRUST_LABELS[level]])];
  return (
    <nav aria-label="Trust filter" className="flex flex-wrap items-center gap-2 text-sm" data-testid="trust-filter">
      <span className="font-medium text-slate-700">Trust at least:</span>
      {options.map(([level, label]) => (
        <Link
          key={label}
          href={hrefFor ? hrefFor(level) : level ? `${basePath}?trust=${level}` : basePath}
          aria-current={level === current ? "page" : undefined}
          className="rounded-full px-2.5 py-0.5 ring-1 ring-slate-200 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white aria-[current=page]:ring-brand-600"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
