// The default view of a board with settings: the comparable group ranked 1..n, then the other rows, unranked.
import { resolveView, type LeaderboardView, type ResolvedView } from "@/lib/leaderboard/view";

type Board = Parameters<typeof resolveView>[0];

/** The comparable group's view with the rows of other settings after it, in the same order, with no rank. */
export function withOthersAfter<B extends Board>(view: ResolvedView<B> | null, others: B, parsed: LeaderboardView): ResolvedView<B> | null {
  if (!view || others.results.length === 0) return view;
  const after = resolveView(others, parsed)?.rows ?? [];
  return { ...view, rows: [...view.rows, ...after.map((row) => ({ ...row, rank: null }))] };
}
