import "server-only";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { readNotableBenchmarks, type BenchmarkItem } from "./benchmark-items";
import { cached } from "./cache";
import { datasetLabel, datasetNameSelect } from "./shapes";
import { PUBLISHED } from "@/lib/catalogue/published";

/** The benchmarks with the most published results, each with its current best. */
export function getNotableBenchmarks(take: number): Promise<BenchmarkItem[]> {
  return cached(["notable-benchmarks", String(take)], [tags.catalogue], () => readNotableBenchmarks(take));
}

export type LatestResult = {
  id: string;
  modelName: string;
  approvedAt: string | null;
  benchmark: { slug: string; taskName: string; datasetName: string };
  /** Its value on the benchmark's ranking metric, as reported. */
  value: { metricName: string; raw: string; unit: string } | null;
  paper: { slug: string; title: string } | null;
};

/** The most recently approved published results. */
export function getLatestResults(take: number): Promise<LatestResult[]> {
  return cached(["latest-results", String(take)], [tags.catalogue], async () => {
    const results = await prisma.result.findMany({
      where: PUBLISHED,
      orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take,
      select: {
        id: true,
        modelName: true,
        approvedAt: true,
        paper: { select: { slug: true, title: true } },
        benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: datasetNameSelect } } },
        values: { select: { raw: true, metric: { select: { name: true, unit: true, position: true, direction: true } } } },
      },
    });
    return results.map((result) => {
      const ranked = result.values.filter((v) => v.metric.direction !== "NOT_RANKED").sort((a, b) => a.metric.position - b.metric.position)[0];
      return {
        id: result.id,
        modelName: result.modelName,
        approvedAt: result.approvedAt?.toISOString() ?? null,
        benchmark: { slug: result.benchmark.slug, taskName: result.benchmark.task.name, datasetName: datasetLabel(result.benchmark.dataset) },
        value: ranked ? { metricName: ranked.metric.name, raw: ranked.raw, unit: ranked.metric.unit } : null,
        paper: result.paper,
      };
    });
  });
}
