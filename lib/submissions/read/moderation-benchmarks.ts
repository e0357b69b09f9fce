import "server-only";
import { prisma } from "@/lib/db";
import { containsText } from "@/lib/text-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageCountOf } from "@/lib/data/pagination";
import { datasetLabel } from "@/lib/data/shapes";
import { PUBLISHED } from "@/lib/catalogue/published";

export const BENCHMARKS_PAGE_SIZE = 25;

const metricSelect = { id: true, name: true, direction: true, unit: true, isDirectionReviewed: true } as const;

/** /moderation/benchmarks: benchmarks whose task or dataset name contains `query`, with their metrics' review state. */
export async function listBenchmarksForModeration({ query, page }: { query: string; page: number }) {
  const where: Prisma.BenchmarkWhereInput = query
    ? { OR: [{ task: { name: containsText(query) } }, { dataset: { name: containsText(query) } }, { dataset: { parent: { name: containsText(query) } } }] }
    : {};
  const [rows, total] = await Promise.all([
    prisma.benchmark.findMany({
      where,
      orderBy: [{ task: { name: "asc" } }, { slug: "asc" }],
      skip: (page - 1) * BENCHMARKS_PAGE_SIZE,
      take: BENCHMARKS_PAGE_SIZE,
      select: {
        slug: true,
        task: { select: { name: true } },
        dataset: { select: { name: true, parent: { select: { name: true } } } },
        metrics: { orderBy: { position: "asc" }, select: metricSelect },
        _count: { select: { results: { where: PUBLISHED } } },
      },
    }),
    prisma.benchmark.count({ where }),
  ]);
  return {
    total,
    pageCount: pageCountOf(total, BENCHMARKS_PAGE_SIZE),
    benchmarks: rows.map((row) => ({
      slug: row.slug,
      label: `${row.task.name} on ${datasetLabel(row.dataset)}`,
      metrics: row.metrics,
      resultCount: row._count.results,
    })),
  };
}

/** One benchmark's metrics, in order, as a moderator edits them. */
export async function getBenchmarkForEditing(slug: string) {
  const benchmark = await prisma.benchmark.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      task: { select: { name: true } },
      dataset: { select: { name: true, parent: { select: { name: true } } } },
      metrics: { orderBy: { position: "asc" }, select: { ...metricSelect, _count: { select: { values: true } } } },
    },
  });
  return (
    benchmark && {
      id: benchmark.id,
      slug: benchmark.slug,
      label: `${benchmark.task.name} on ${datasetLabel(benchmark.dataset)}`,
      metrics: benchmark.metrics.map(({ _count, ...metric }) => ({ ...metric, valueCount: _count.values })),
    }
  );
}

export type EditableBenchmark = NonNullable<Awaited<ReturnType<typeof getBenchmarkForEditing>>>;
