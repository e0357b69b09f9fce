import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCurrentBest, type CurrentBest } from "./current-best";
import { datasetLabel, datasetNameSelect } from "./shapes";
import { PUBLISHED, publishedResultCounts } from "@/lib/catalogue/published";

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
    },
  });
  const ids = benchmarks.map((b) => b.id);
  const [counts, bests] = await Promise.all([publishedResultCounts("benchmarkId", ids), findCurrentBest(ids)]);
  const best = new Map(bests.map((b) => [b.benchmarkId, b]));
  return benchmarks
    .map((b) => ({
      id: b.id,
      slug: b.slug,
      task: b.task,
      dataset: { slug: b.dataset.slug, name: datasetLabel(b.dataset) },
      resultCount: counts.get(b.id) ?? 0,
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

export type TopBenchmarks = { ids: string[]; total: number };

/**
 * The ids of the `take` benchmarks matching `where` with the most published results (ties by id, then those
 * with none by slug), and how many match in all: a task of the archive has hundreds of benchmarks, and a page
 * lists the most reported (readBenchmarkItems reads them). A page's cache tags name the same benchmarks it shows.
 */
export async function topBenchmarkIds(where: Prisma.BenchmarkWhereInput, take: number): Promise<TopBenchmarks> {
  const [total, groups] = await Promise.all([
    prisma.benchmark.count({ where }),
    prisma.result.groupBy({
      by: ["benchmarkId"],
      where: { ...PUBLISHED, benchmark: where },
      orderBy: [{ _count: { benchmarkId: "desc" } }, { benchmarkId: "asc" }],
      take,
    }),
  ]);
  const ids = groups.map((group) => group.benchmarkId);
  if (ids.length < Math.min(take, total)) {
    const unreported = await prisma.benchmark.findMany({
      where: { AND: [where, { id: { notIn: ids } }] },
      orderBy: { slug: "asc" },
      take: take - ids.length,
      select: { id: true },
    });
    ids.push(...unreported.map((benchmark) => benchmark.id));
  }
  return { ids, total };
}
