import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCurrentBest, type CurrentBest } from "./current-best";
import { PUBLISHED, datasetLabel, datasetNameSelect } from "./shapes";

/** A benchmark as lists show it: what it is, how many published results, and its current best. */
export type BenchmarkItem = {
  id: string;
  slug: string;
  task: { slug: string; name: string };
  dataset: { slug: string; name: string };
  resultCount: number;
  best: CurrentBest | null;
};

/** Benchmarks matching `where`, those with the most published results first. */
export async function readBenchmarkItems(where: Prisma.BenchmarkWhereInput): Promise<BenchmarkItem[]> {
  const benchmarks = await prisma.benchmark.findMany({
    where,
    select: {
      id: true,
      slug: true,
      task: { select: { slug: true, name: true } },
      dataset: { select: datasetNameSelect },
      _count: { select: { results: { where: PUBLISHED } } },
    },
  });
  const best = new Map((await findCurrentBest(benchmarks.map((b) => b.id))).map((b) => [b.benchmarkId, b]));
  return benchmarks
    .map((b) => ({
      id: b.id,
      slug: b.slug,
      task: b.task,
      dataset: { slug: b.dataset.slug, name: datasetLabel(b.dataset) },
      resultCount: b._count.results,
      best: best.get(b.id) ?? null,
    }))
    .sort((a, b) => b.resultCount - a.resultCount || a.task.name.localeCompare(b.task.name) || a.dataset.name.localeCompare(b.dataset.name));
}

/** The benchmarks with the most published results, among those matching `where`. */
export async function readNotableBenchmarks(take: number, where: Prisma.BenchmarkWhereInput = {}): Promise<BenchmarkItem[]> {
  const groups = await prisma.result.groupBy({
    by: ["benchmarkId"],
    where: { ...PUBLISHED, benchmark: where },
    orderBy: [{ _count: { benchmarkId: "desc" } }, { benchmarkId: "asc" }],
    take,
  });
  return readBenchmarkItems({ id: { in: groups.map((g) => g.benchmarkId) } });
}
