import Link from "next/link";
import { formatCount, plural } from "@/lib/format";
import type { LeaderboardHit, ModelHit } from "@/lib/search";

const BOARDS_SHOWN = 3;

/** Models: each name with its best rank and the leaderboards it is on, best placed first. */
export function ModelHits({ hits }: { hits: ModelHit[] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="model-hits">
      {hits.map((hit) => (
        <li key={hit.name} className="py-3 first:pt-0 last:pb-0">
          <p className="font-medium text-slate-900">
            {hit.name}
            {hit.bestRank !== null && (
              <span className="ml-2 inline-block rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-brand-700">
                best rank #{hit.bestRank}
              </span>
            )}
          </p>
          <p className="text-sm text-slate-500">On {plural(hit.boardCount, "leaderboard")}</p>
          <ul className="mt-1 space-y-0.5 text-sm">
            {hit.boards.slice(0, BOARDS_SHOWN).map((board) => (
              <li key={board.slug}>
                <Link href={`/sota/${board.slug}`}>
                  {board.task} on {board.dataset}
                </Link>
                <span className="text-slate-500">{board.rank === null ? " · not ranked" : ` · #${board.rank} of ${formatCount(board.ranked)}`}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Leaderboards: task on dataset, how many results, and the model names on it that matched. */
export function LeaderboardHits({ hits }: { hits: LeaderboardHit[] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="leaderboard-hits">
      {hits.map((hit) => (
        <li key={hit.slug} className="py-3 first:pt-0 last:pb-0">
          <Link href={`/sota/${hit.slug}`} className="font-medium">
            {hit.task} on {hit.dataset}
          </Link>
          <p className="text-sm text-slate-500">
            {plural(hit.results, "result")}
            {hit.models.length > 0 && ` · ${hit.models.join(", ")}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
