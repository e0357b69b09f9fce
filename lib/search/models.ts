import { prisma } from "@/lib/db";
import { defaultRankingMetric, rankResults } from "@/lib/leaderboard/rank";
import type { LeaderboardHit, ModelBoard, ModelHit, SearchEngine } from "./types";
import { PUBLISHED, publishedResultCounts } from "@/lib/catalogue/published";

// Results read to group a query's model names: a common word ("net") matches thousands of results.
const RESULTS_READ = 5_000;
// Leaderboards ranked for one model on a page of hits: the others are counted, not ranked.
const BOARDS_RANKED = 12;

type Page = { limit: number; offset: number };

/** What a hit names a leaderboard by. */
const BOARD_NAMES = {
  id: true,
  slug: true,
  task: { select: { name: true } },
  dataset: { select: { name: true, parent: { select: { name: true } } } },
} as const;

/**
 * Model names of published results with every term, one hit per name: the leaderboards it is on and
 * its rank on each by the default metric, best first. Names equal to the query come first, then
 * those on most leaderboards.
 */
export async function searchModels(
  engine: SearchEngine,
  terms: string[],
  query: string,
  { limit, offset }: Page,
): Promise<{ total: number; hits: ModelHit[] }> {
  const boardsByName = new Map<string, Set<string>>();
  for (const row of await engine.matchModelResults(terms, RESULTS_READ)) {
    const name = row.modelName.trim();
    if (!boardsByName.has(name)) boardsByName.set(name, new Set());
    boardsByName.get(name)!.add(row.benchmarkId);
  }
  const wanted = query.trim().toLowerCase();
  const names = [...boardsByName.keys()].sort(
    (a, b) =>
      Number(b.toLowerCase() === wanted) - Number(a.toLowerCase() === wanted) ||
      boardsByName.get(b)!.size - boardsByName.get(a)!.size ||
      a.length - b.length ||
      a.localeCompare(b),
  );
  const page = names.slice(offset, offset + limit);
  const boardIds = [...new Set(page.flatMap((name) => [...boardsByName.get(name)!].slice(0, BOARDS_RANKED)))];
  const boards = await readBoards(boardIds);
  const hits = page.map((name) => {
    const ranked = [...boardsByName.get(name)!].flatMap((id) => {
      const board = boards.get(id);
      return board ? [boardFor(board, name)] : [];
    });
    ranked.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.task.localeCompare(b.task));
    return { name, boardCount: boardsByName.get(name)!.size, bestRank: ranked[0]?.rank ?? null, boards: ranked };
  });
  return { total: names.length, hits };
}

/** Leaderboards by task, dataset or model names on them, most results first. */
export async function searchLeaderboards(engine: SearchEngine, terms: string[], page: Page): Promise<{ total: number; hits: LeaderboardHit[] }> {
  const { total, ids } = await engine.matchLeaderboards(terms, page);
  if (ids.length === 0) return { total, hits: [] };
  const [boards, counts] = await Promise.all([
    prisma.benchmark.findMany({ where: { id: { in: ids } }, select: BOARD_NAMES }),
    publishedResultCounts("benchmarkId", ids),
  ]);
  const models = new Map<string, Set<string>>();
  for (const row of await engine.matchModelResults(terms, RESULTS_READ)) {
    if (!ids.includes(row.benchmarkId)) continue;
    if (!models.has(row.benchmarkId)) models.set(row.benchmarkId, new Set());
    models.get(row.benchmarkId)!.add(row.modelName.trim());
  }
  const byId = new Map(boards.map((board) => [board.id, board]));
  const hits = ids.flatMap((id) => {
    const board = byId.get(id);
    if (!board) return [];
    return [
      {
        slug: board.slug,
        task: board.task.name,
        dataset: datasetName(board.dataset),
        results: counts.get(id) ?? 0,
        models: [...(models.get(id) ?? [])].slice(0, 3),
      },
    ];
  });
  return { total, hits };
}

const datasetName = (dataset: { name: string; parent: { name: string } | null }) => (dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name);

type Board = Awaited<ReturnType<typeof readBoards>> extends Map<string, infer B> ? B : never;

async function readBoards(ids: string[]) {
  const boards = await prisma.benchmark.findMany({
    where: { id: { in: ids } },
    select: {
      ...BOARD_NAMES,
      metrics: { select: { id: true, name: true, direction: true, position: true } },
      results: {
        where: PUBLISHED,
        select: { id: true, modelName: true, evaluatedAt: true, usesExtraData: true, values: { select: { metricId: true, value: true } } },
      },
    },
  });
  return new Map(boards.map((board) => [board.id, board]));
}

/** The model's best rank on a leaderboard, ranked as its page ranks it (the default metric, every row). */
function boardFor(board: Board, name: string): ModelBoard {
  const rows = rankResults(board.results, defaultRankingMetric(board.metrics));
  const ranks = rows.filter((row) => row.result.modelName.trim() === name && row.rank !== null).map((row) => row.rank!);
  return {
    slug: board.slug,
    task: board.task.name,
    dataset: datasetName(board.dataset),
    rank: ranks.length > 0 ? Math.min(...ranks) : null,
    ranked: rows.filter((row) => row.rank !== null).length,
  };
}
