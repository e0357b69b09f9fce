import "server-only";
import { readRowsAsOf } from "@/lib/data/leaderboard-as-of";
import { endOfDay } from "@/lib/leaderboard/as-of";
import type { rankedBenchmarkSelect } from "./results";
import type { Prisma } from "@/lib/generated/prisma/client";

type RankedResult = Prisma.BenchmarkGetPayload<{ select: typeof rankedBenchmarkSelect }>["results"][number];

/** A benchmark's rows as they stood at the end of `day`, in the shape toApiResults ranks. */
export async function rankedResultsAsOf(benchmarkId: string, day: string): Promise<RankedResult[]> {
  const rows = await readRowsAsOf(benchmarkId, endOfDay(day));
  return rows.map((row) => ({
    id: row.id,
    modelName: row.modelName,
    evaluatedAt: row.evaluatedAt ? new Date(row.evaluatedAt) : null,
    usesExtraData: row.usesExtraData,
    evidence: row.evidence,
    paperId: null,
    paper: row.paper && { slug: row.paper.slug },
    values: row.values.map(({ metricId, raw, value }) => ({ metricId, raw, value })),
    // A result's history keeps its values, not its settings or size: a past board shows them as unknown.
    settings: "{}",
    params: null,
    trainingCompute: null,
    inferenceCost: null,
    // The history keeps values, not confirmations or reproductions: a past row is trusted for evidence and code only.
    codeUrl: row.codeUrl ?? null,
    authorConfirmedAt: null,
    reproducedAt: null,
    contestedAt: null,
  }));
}
