import "server-only";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

const latestResultSelect = {
  id: true,
  modelName: true,
  approvedAt: true,
  paper: { select: { slug: true, title: true } },
  benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: datasetNameSelect } } },
  values: { select: { raw: true, metric: { select: { name: true, unit: true, position: true, direction: true } } } },
} satisfies Prisma.ResultSelect;

/**
 * The most recently approved published results, then, if there are too few, the latest imported (which have no
 * approval date). Two reads, each in the order of the index on (approvedAt, createdAt): one ordering with nulls
 * last sorted every published result (41 ms at the archive's size).
 */
async function readLatestResults(take: number) {
  const approved = await prisma.result.findMany({
    where: { ...PUBLISHED, approvedAt: { not: null } },
    orderBy: [{ approvedAt: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take,
    select: latestResultSelect,
  });
  if (approved.length === take) return approved;
  const imported = await prisma.result.findMany({
    where: { ...PUBLISHED, approvedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take - approved.length,
    select: latestResultSelect,
  });
  return [...approved, ...imported];
}

/** The most recently approved published results. */
export function getLatestResults(take: number): Promise<LatestResult[]> {
  return cached(["latest-results", String(take)], [tags.catalogue], async () => {
    const results = await readLatestResults(take);
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
