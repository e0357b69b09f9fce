import "server-only";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { cached } from "./cache";
import { getLeaderboard, type Leaderboard, type LeaderboardRow } from "./leaderboards";
import { rowsAsOf, type HistoricResult, type StoredVersion } from "@/lib/leaderboard/as-of";

const iso = (date: Date | null) => date?.toISOString() ?? null;

// Every result of the benchmark, retracted ones too, with their revisions: a board in the past may show either.
async function readHistory(benchmarkId: string): Promise<{ results: HistoricResult[]; papers: [string, HistoricResult["row"]["paper"]][] }> {
  const results = await prisma.result.findMany({
    where: { benchmarkId },
    select: {
      id: true,
      modelName: true,
      paperId: true,
      paper: { select: { slug: true, title: true, url: true } },
      codeUrl: true,
      evaluatedAt: true,
      usesExtraData: true,
      extraData: true,
      evidence: true,
      source: true,
      status: true,
      createdAt: true,
      approvedAt: true,
      submittedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      values: { select: { metricId: true, raw: true, value: true, uncertainty: true } },
      revisions: { select: { createdAt: true, change: true, snapshot: true } },
    },
  });
  const paperIds = [...new Set(results.flatMap((result) => result.revisions.map((revision) => (revision.snapshot as StoredVersion).paperId)))];
  const papers = await prisma.paper.findMany({
    where: { id: { in: paperIds.filter((id): id is string => Boolean(id)) } },
    select: { id: true, slug: true, title: true, url: true },
  });
  return {
    papers: papers.map(({ id, ...paper }) => [id, paper]),
    results: results.map((result) => ({
      paperId: result.paperId,
      status: result.status,
      source: result.source,
      createdAt: result.createdAt,
      revisions: result.revisions.map((revision) => ({ ...revision, snapshot: revision.snapshot as StoredVersion })),
      row: {
        id: result.id,
        modelName: result.modelName,
        paper: result.paper,
        codeUrl: result.codeUrl,
        evaluatedAt: iso(result.evaluatedAt),
        usesExtraData: result.usesExtraData,
        extraData: result.extraData,
        evidence: result.evidence,
        source: result.source,
        submittedBy: result.submittedBy?.name ?? null,
        approvedBy: result.approvedBy?.name ?? null,
        approvedAt: iso(result.approvedAt),
        values: result.values,
      },
    })),
  };
}

/** The rows of a benchmark as they stood at `at`, read afresh (the API's `as_of`). */
export async function readRowsAsOf(benchmarkId: string, at: Date): Promise<LeaderboardRow[]> {
  const { results, papers } = await readHistory(benchmarkId);
  return rowsAsOf(results, at, new Map(papers));
}

/** The board as it stood at `at`, rebuilt from the history; null for an unknown benchmark. */
export async function getLeaderboardAsOf(slug: string, at: Date): Promise<Leaderboard | null> {
  const board = await getLeaderboard(slug);
  if (!board) return null;
  // Through the cache as JSON: Dates come back as strings.
  const history = await cached(["leaderboard-history", board.id], [tags.benchmark(board.id)], async () => {
    const { results, papers } = await readHistory(board.id);
    return {
      papers,
      results: results.map((result) => ({
        ...result,
        createdAt: result.createdAt.toISOString(),
        revisions: result.revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() })),
      })),
    };
  });
  const results = history.results.map((result) => ({
    ...result,
    createdAt: new Date(result.createdAt),
    revisions: result.revisions.map((revision) => ({ ...revision, createdAt: new Date(revision.createdAt) })),
  }));
  return { ...board, results: rowsAsOf(results, at, new Map(history.papers)) };
}
