import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { inferDirection } from "@/lib/metrics/infer-direction";
import { uniqueSlugs } from "./slug";
import type { Tx, Written } from "./types";

export type BenchmarkRef = { id: string; slug: string };

/** The benchmark of a task on a dataset, created when missing, slug "<task-slug>-on-<dataset-slug>". */
export async function findOrCreateBenchmark(
  tx: Tx,
  task: { id: string; slug: string },
  dataset: { id: string; slug: string },
): Promise<Written<BenchmarkRef>> {
  const existing = await tx.benchmark.findUnique({
    where: { taskId_datasetId: { taskId: task.id, datasetId: dataset.id } },
    select: { id: true, slug: true },
  });
  if (existing) return { ...existing, outcome: "unchanged" };
  const [slug] = await uniqueSlugs([`${task.slug}-on-${dataset.slug}`], (slugs) => takenBenchmarkSlugs(tx, slugs));
  const created = await tx.benchmark.create({
    data: { slug, taskId: task.id, datasetId: dataset.id },
    select: { id: true, slug: true },
  });
  return { ...created, outcome: "created" };
}

export type MetricInput = {
  name: string;
  /** The units its values were reported with ("%" or ""), to infer the metric's unit. */
  valueUnits?: string[];
  /** Given by a person (a moderator approving a proposed metric): used as reviewed instead of inferred. */
  direction?: MetricDirection;
  unit?: string;
};

/**
 * The benchmark's metrics by name, in the order given; a missing one is created after the existing ones
 * with its direction and unit as given, else inferred. Existing metrics are never changed: a moderator may have reviewed them.
 */
export async function findOrCreateMetrics(
  tx: Tx,
  benchmarkId: string,
  metrics: MetricInput[],
): Promise<{ metricIds: Map<string, string>; created: number }> {
  const existing = await tx.metric.findMany({
    where: { benchmarkId },
    select: { id: true, name: true, position: true },
  });
  const metricIds = new Map(existing.map((metric) => [metric.name, metric.id]));
  const missing = dedupeByName(metrics).filter((metric) => !metricIds.has(metric.name));
  if (missing.length === 0) return { metricIds, created: 0 };

  const firstPosition = Math.max(-1, ...existing.map((metric) => metric.position)) + 1;
  const created = await tx.metric.createManyAndReturn({
    data: missing.map((metric, i) => ({
      benchmarkId,
      name: metric.name,
      position: firstPosition + i,
      ...inferDirection(metric.name, metric.valueUnits),
      ...(metric.direction && { direction: metric.direction, isDirectionReviewed: true }),
      ...(metric.unit !== undefined && { unit: metric.unit }),
    })),
    select: { id: true, name: true },
  });
  for (const metric of created) metricIds.set(metric.name, metric.id);
  return { metricIds, created: created.length };
}

function dedupeByName(metrics: MetricInput[]): MetricInput[] {
  const seen = new Set<string>();
  return metrics.filter((metric) => !seen.has(metric.name) && seen.add(metric.name));
}

async function takenBenchmarkSlugs(tx: Tx, slugs: string[]): Promise<string[]> {
  const rows = await tx.benchmark.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
