import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { diffMetrics, recordAuditEvents } from "@/lib/audit/audit-events";
import { AppError } from "@/lib/errors";
import { publicTagsOf } from "@/lib/submissions/public-tags";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import type { BenchmarkMetrics } from "@/lib/validations/moderation";

/**
 * A moderator corrects a benchmark's metrics: their order (the first ranked one is the default ranking),
 * direction and unit. Every metric saved counts as reviewed, so a later import no longer infers it.
 * Each change is an audit event (who, before, after) in the same transaction: the public log and the
 * leaderboard show it. The leaderboard, and every page that shows a rank on it, re-rank on their next request.
 */
export async function updateBenchmarkMetrics(userId: string | null, { benchmarkId, metrics }: BenchmarkMetrics): Promise<{ slug: string }> {
  const { slug, tags } = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const benchmark = await tx.benchmark.findUnique({
      where: { id: benchmarkId },
      select: { slug: true, metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, direction: true, unit: true } } },
    });
    if (!benchmark) throw new AppError("NOT_FOUND", "There is no such benchmark.");
    const known = new Set(benchmark.metrics.map((metric) => metric.id));
    const given = new Set(metrics.map((metric) => metric.id));
    if (given.size !== metrics.length || given.size !== known.size || [...given].some((id) => !known.has(id))) {
      throw new AppError("CONFLICT", "The benchmark's metrics changed meanwhile: reload the page and try again.");
    }
    await recordAuditEvents(tx, { actorId: actor.id, benchmarkId }, diffMetrics(benchmark.metrics, metrics));
    for (const [position, metric] of metrics.entries()) {
      await tx.metric.update({
        where: { id: metric.id },
        data: { position, direction: metric.direction, unit: metric.unit, isDirectionReviewed: true },
      });
    }
    // Paper pages carry the tags of the benchmarks they rank on: the benchmark's tag reaches them.
    return { slug: benchmark.slug, tags: await publicTagsOf(tx, benchmarkId, []) };
  });
  expireTags(tags);
  return { slug };
}
