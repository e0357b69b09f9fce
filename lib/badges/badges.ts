import "server-only";
import { prisma } from "@/lib/db";
import { getLeaderboard, type Leaderboard } from "@/lib/data/leaderboards";
import { defaultRankingMetric, rankResults } from "@/lib/leaderboard/rank";
import { renderBadge, type BadgeTone } from "./badge-svg";

export type BadgeText = { label: string; message: string; tone: BadgeTone };

const toneOf = (rank: number): BadgeTone => (rank === 1 ? "best" : rank <= 3 ? "top" : "plain");

/** "#2 on ImageNet · top-1 88.5" for the best-ranked of the board's rows that `pick` chooses. */
export function badgeText(board: Leaderboard, pick: (row: Leaderboard["results"][number]) => boolean): BadgeText {
  const metric = defaultRankingMetric(board.metrics);
  const ranked = rankResults(board.results, metric).find((entry) => pick(entry.result));
  const raw = ranked && metric && ranked.result.values.find((value) => value.metricId === metric.id)?.raw;
  if (!ranked || ranked.rank === null || !metric || !raw) return { label: board.dataset.name, message: "not ranked", tone: "muted" };
  return { label: `#${ranked.rank} on ${board.dataset.name}`, message: `${metric.name} ${raw}`, tone: toneOf(ranked.rank) };
}

/** A result's badge: its place on its board now (through the board's cache, expired by its tags). */
export async function resultBadge(resultId: string): Promise<string | null> {
  const result = await prisma.result.findUnique({ where: { id: resultId }, select: { status: true, benchmark: { select: { slug: true } } } });
  const board = result && (await getLeaderboard(result.benchmark.slug));
  if (!result || !board) return null;
  if (result.status === "RETRACTED") return renderBadge({ label: board.dataset.name, message: "retracted", tone: "muted" });
  return renderBadge(badgeText(board, (row) => row.id === resultId));
}

/** A paper's badge on one board: the place of its best row there. */
export async function paperBadge(paperSlug: string, benchmarkSlug: string): Promise<string | null> {
  const board = await getLeaderboard(benchmarkSlug);
  if (!board) return null;
  const paper = await prisma.paper.findUnique({ where: { slug: paperSlug }, select: { id: true } });
  if (!paper) return null;
  return renderBadge(badgeText(board, (row) => row.paper?.slug === paperSlug));
}
