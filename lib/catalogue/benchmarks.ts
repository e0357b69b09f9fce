import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { inferDirection } from "@/lib/metrics/infer-direction";
import { insertRows, newId, type Cell } from "./bulk-insert";
import { inList, jsonTable } from "./bulk-sql";
import { takenSlugsIn, uniqueSlugs } from "./slug";
import type { Tx, Written } from "./types";

export type BenchmarkRef = { id: string; slug: string };

type Named = { id: string; slug: string };

/** The benchmark of a task on a dataset, created when missing, slug "<task-slug>-on-<dataset-slug>". */
export async function findOrCreateBenchmark(tx: Tx, task: Named, dataset: Named): Promise<Written<BenchmarkRef>> {
  const [ref] = await findOrCreateBenchmarks(tx, [{ task, dataset }]);
  return ref;
}

/** findOrCreateBenchmark for many (task, dataset) pairs at once; refs in input order. */
export async function findOrCreateBenchmarks(tx: Tx, pairs: { task: Named; dataset: Named }[]): Promise<Written<BenchmarkRef>[]> {
  const keyOf = (taskId: string, datasetId: string) => `${taskId} ${datasetId}`;
  const wanted = new Map(pairs.map((pair) => [keyOf(pair.task.id, pair.dataset.id), pair]));
  const refs = new Map<string, Written<BenchmarkRef>>();
  const rows = await tx.$queryRaw<{ id: string; slug: string; taskId: string; datasetId: string }[]>`
    SELECT b."id", b."slug", b."taskId", b."datasetId" FROM "Benchmark" b
    JOIN ${jsonTable(
      ["taskId", "datasetId"],
      [...wanted.values()].map(({ task, dataset }) => [task.id, dataset.id]),
    )} AS w
      ON b."taskId" = w."taskId" AND b."datasetId" = w."datasetId"`;
  for (const row of rows) refs.set(keyOf(row.taskId, row.datasetId), { id: row.id, slug: row.slug, outcome: "unchanged" });

  const missing = [...wanted].filter(([key]) => !refs.has(key));
  if (missing.length > 0) {
    const slugs = await uniqueSlugs(
      missing.map(([, { task, dataset }]) => `${task.slug}-on-${dataset.slug}`),
      takenSlugsIn(tx, "Benchmark"),
    );
    const now = new Date();
    const ids = missing.map(() => newId());
    await insertRows(
      tx,
      "Benchmark",
      ["id", "slug", "taskId", "datasetId", "createdAt", "updatedAt"],
      missing.map(([, { task, dataset }], i) => [ids[i], slugs[i], task.id, dataset.id, now, now]),
    );
    missing.forEach(([key], i) => refs.set(key, { id: ids[i], slug: slugs[i], outcome: "created" }));
  }
  return pairs.map((pair) => refs.get(keyOf(pair.task.id, pair.dataset.id))!);
}

export type MetricInput = {
  name: string;
  /** The units its values were reported with ("%" or ""), to infer the metric's unit. */
  valueUnits?: string[];
  /** Given by a person (a moderator approving a proposed metric): used as reviewed instead of inferred. */
  direction?: MetricDirection;
  unit?: string;
};

export type BenchmarkMetrics = { metricIds: Map<string, string>; created: number };

/**
 * The benchmark's metrics by name, in the order given; a missing one is created after the existing ones
 * with its direction and unit as given, else inferred. Existing metrics are never changed: a moderator may have reviewed them.
 */
export async function findOrCreateMetrics(tx: Tx, benchmarkId: string, metrics: MetricInput[]): Promise<BenchmarkMetrics> {
  const [found] = await findOrCreateMetricsOfBenchmarks(tx, [{ benchmarkId, metrics }]);
  return found;
}

/** findOrCreateMetrics for many benchmarks at once, in a few statements; in input order. */
export async function findOrCreateMetricsOfBenchmarks(tx: Tx, wanted: { benchmarkId: string; metrics: MetricInput[] }[]): Promise<BenchmarkMetrics[]> {
  const existing = new Map<string, { id: string; name: string; position: number }[]>();
  const rows = await tx.$queryRaw<{ id: string; name: string; position: number; benchmarkId: string }[]>`
    SELECT "id", "name", "position", "benchmarkId" FROM "Metric"
    WHERE "benchmarkId" IN ${inList([...new Set(wanted.map((item) => item.benchmarkId))])}`;
  for (const row of rows) {
    const list = existing.get(row.benchmarkId);
    if (list) list.push(row);
    else existing.set(row.benchmarkId, [row]);
  }

  const byBenchmark = new Map<string, BenchmarkMetrics>();
  const newMetrics: Cell[][] = [];
  for (const { benchmarkId, metrics } of wanted) {
    const known = existing.get(benchmarkId) ?? [];
    const result = byBenchmark.get(benchmarkId) ?? { metricIds: new Map(known.map((metric) => [metric.name, metric.id])), created: 0 };
    byBenchmark.set(benchmarkId, result);
    const missing = dedupeByName(metrics).filter((metric) => !result.metricIds.has(metric.name));
    const firstPosition = Math.max(-1, ...known.map((metric) => metric.position)) + result.created + 1;
    missing.forEach((metric, i) => {
      const id = newId();
      const inferred = inferDirection(metric.name, metric.valueUnits);
      newMetrics.push([
        id,
        benchmarkId,
        metric.name,
        firstPosition + i,
        metric.direction ?? inferred.direction,
        metric.direction !== undefined,
        metric.unit ?? inferred.unit,
      ]);
      result.metricIds.set(metric.name, id);
    });
    result.created += missing.length;
  }
  await insertRows(tx, "Metric", ["id", "benchmarkId", "name", "position", "direction", "isDirectionReviewed", "unit"], newMetrics);
  return wanted.map((item) => byBenchmark.get(item.benchmarkId)!);
}

function dedupeByName(metrics: MetricInput[]): MetricInput[] {
  const seen = new Set<string>();
  return metrics.filter((metric) => !seen.has(metric.name) && seen.add(metric.name));
}
