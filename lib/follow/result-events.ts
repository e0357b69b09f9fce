import type { Tx } from "@/lib/db";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { defaultRankingMetric, isBetter } from "@/lib/leaderboard/rank";
import { recordWatchEvents, watchTargetsOfResult } from "./events";
import { PUBLISHED } from "@/lib/catalogue/published";

type ResultChange = { resultIds: string[]; change: "published" | "retracted"; reason?: string };

/**
 * One event per result a decision published ("new result", or "new best" when it leads its board on the
 * default metric) or retracted, in the decision's transaction.
 */
export async function recordResultEvents(tx: Tx, { resultIds, change, reason }: ResultChange): Promise<void> {
  for (const resultId of resultIds) {
    const result = await tx.result.findUniqueOrThrow({
      where: { id: resultId },
      select: {
        modelName: true,
        benchmarkId: true,
        values: { select: { metricId: true, raw: true, value: true } },
        benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: { name: true } }, metrics: true } },
      },
    });
    const board = `${result.benchmark.task.name} on ${result.benchmark.dataset.name}`;
    const metric = defaultRankingMetric(result.benchmark.metrics);
    const shown = metric && result.values.find((value) => value.metricId === metric.id);
    const isBest = change === "published" && metric && shown?.value != null && (await leadsBoard(tx, resultId, result.benchmarkId, metric, shown.value));
    const kind = change === "retracted" ? "RESULT_RETRACTED" : isBest ? "NEW_BEST" : "NEW_RESULT";
    const value = shown ? ` · ${metric!.name} ${shown.raw}` : "";
    const title =
      kind === "RESULT_RETRACTED"
        ? `Retracted on ${board}: ${result.modelName}${reason ? ` (${reason})` : ""}`
        : `${kind === "NEW_BEST" ? "New best" : "New result"} on ${board}: ${result.modelName}${value}`;
    await recordWatchEvents(tx, {
      kind,
      title,
      path: `/sota/${result.benchmark.slug}`,
      targets: await watchTargetsOfResult(tx, resultId),
      data: {
        resultId,
        benchmark: result.benchmark.slug,
        model: result.modelName,
        metric: metric?.name ?? null,
        value: shown?.raw ?? null,
        reason: reason ?? null,
      },
    });
  }
}

/** True when no other published row of the board beats or ties `value` on the default metric. */
async function leadsBoard(tx: Tx, resultId: string, benchmarkId: string, metric: { id: string; direction: MetricDirection }, value: number): Promise<boolean> {
  const best = await tx.resultValue.findFirst({
    where: { metricId: metric.id, value: { not: null }, resultId: { not: resultId }, result: { benchmarkId, ...PUBLISHED } },
    orderBy: { value: metric.direction === "LOWER_IS_BETTER" ? "asc" : "desc" },
    select: { value: true },
  });
  return best?.value == null || isBetter(value, best.value, metric.direction);
}

/** A published row whose value another source disputes (lib/contests): its watchers are told, in the contest's transaction. */
export async function recordContestedEvent(
  tx: Tx,
  { resultId, otherResultId, reason }: { resultId: string; otherResultId: string; reason: string },
): Promise<void> {
  const result = await tx.result.findUniqueOrThrow({
    where: { id: resultId },
    select: { modelName: true, benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: { name: true } } } } },
  });
  await recordWatchEvents(tx, {
    kind: "RESULT_CONTESTED",
    title: `Contested on ${result.benchmark.task.name} on ${result.benchmark.dataset.name}: ${result.modelName} (${reason})`,
    path: `/result/${resultId}`,
    targets: await watchTargetsOfResult(tx, resultId),
    data: { resultId, otherResultId, benchmark: result.benchmark.slug, model: result.modelName, reason },
  });
}
