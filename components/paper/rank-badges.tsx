import Link from "next/link";
import type { RankBadge } from "@/lib/leaderboard/paper-results";

/** "Ranked #1 on Image Classification on ImageNet": the paper's best places, as the leaderboards rank them. */
export function RankBadges({ badges }: { badges: RankBadge[] }) {
  if (badges.length === 0) return null;
  return (
    <ul aria-label="Leaderboard ranks" className="-mt-4 mb-8 flex flex-wrap gap-2" data-testid="rank-badges">
      {badges.map((badge) => (
        <li key={badge.href}>
          <Link
            href={badge.href}
            className={`inline-block rounded-md px-2.5 py-1 text-sm ring-1 ring-inset ${badge.rank === 1 ? "bg-amber-50 text-amber-900 ring-amber-300" : "bg-slate-50 text-slate-700 ring-slate-200"}`}
          >
            <span className="font-semibold">Ranked #{badge.rank}</span> on {badge.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
