import "server-only";
import { prisma } from "@/lib/db";
import { getLeaderboard, type LeaderboardMetric } from "@/lib/data/leaderboards";
import { rankableMetrics } from "@/lib/leaderboard/rank";
import { placeHighlighted, previewNewResults, type RowPlacement } from "@/lib/submissions/preview";
import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";
import { parseInput } from "@/lib/submissions/input-errors";
import { prepareSubmission } from "@/lib/submissions/prepare-submission";
import { requireActor } from "@/lib/users/require-actor";
import { CreateSubmissionSchema } from "@/lib/validations/submission";

/** Where the rows would stand by one ranked metric of the benchmark. */
export type MetricPlacements = { metric: LeaderboardMetric; rows: RowPlacement[] };

export type SubmissionPreview = { checks: SubmissionCheck[]; placements: MetricPlacements[] };

/**
 * The form's "Check": what the moderator will see, nothing written. The automatic checks (the same
 * refusals as createSubmission), and on a known benchmark each row's rank and distance to the best by
 * every ranked metric, computed as the review page's preview computes them.
 */
export async function previewSubmission(userId: string | null, input: unknown, submissionId?: string): Promise<SubmissionPreview> {
  const parsed = parseInput(CreateSubmissionSchema, input);
  const prepared = await prisma.$transaction(async (tx) => {
    await requireActor(tx, userId);
    return prepareSubmission(tx, parsed, { ignoreSubmissionId: submissionId });
  });
  const { resolution, payload, checks } = prepared;
  const board = resolution.benchmark ? await getLeaderboard(resolution.benchmark.slug) : null;
  if (!board) return { checks, placements: [] };
  const preview = previewNewResults(board, payload, resolution, "you");
  const placements = rankableMetrics(preview.board.metrics)
    .filter((metric) => board.metrics.some((known) => known.id === metric.id))
    .map((metric) => ({ metric, rows: placeHighlighted(preview, metric).filter((row) => row.placement.rank !== null) }))
    .filter((entry) => entry.rows.length > 0);
  return { checks, placements };
}
