import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import type { MetricDirection, ResultSource } from "@/lib/generated/prisma/enums";
import { defaultRankingMetric, rankResults } from "@/lib/leaderboard/rank";

/** Only published results are public; a retracted one stays in the database with its reason. */
const PUBLIC = { status: "PUBLISHED" } as const;

export type LeaderboardMetric = {
  id: string;
  name: string;
  position: number;
  direction: MetricDirection;
  unit: string;
  description: string;
};

export type LeaderboardValue = { metricId: string; raw: string; value: number | null; uncertainty: number | null };

export type LeaderboardRow = {
  id: string;
  modelName: string;
  paper: { slug: string; title: string; url: string | null } | null;
  codeUrl: string | null;
  evaluatedAt: string | null;
  usesExtraData: boolean;
  extraData: string;
  evidence: string;
  source: ResultSource;
  submittedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  values: LeaderboardValue[];
};

export type Leaderboard = {
  id: string;
  slug: string;
  description: string;
  task: { slug: string; name: string; area: { slug: string; name: string } | null };
  dataset: { slug: string; name: string };
  metrics: LeaderboardMetric[];
  results: LeaderboardRow[];
};

/** A miss is cached like any page: tagged with the catalogue, it ends when the missing entry is created. */
export const catalogueMiss = unstable_cache(async (): Promise<null> => null, ["catalogue-miss"], { tags: [tags.catalogue] });

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** "COCO test-dev" for a subset, the name alone otherwise. */
export function datasetLabel(dataset: { name: string; parent: { name: string } | null }): string {
  return dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name;
}

async function readLeaderboard(id: string): Promise<Leaderboard> {
  const benchmark = await prisma.benchmark.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      description: true,
      task: { select: { slug: true, name: true, area: { select: { slug: true, name: true } } } },
      dataset: { select: { slug: true, name: true, parent: { select: { name: true } } } },
      metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, direction: true, unit: true, description: true } },
      results: {
        where: PUBLIC,
        select: {
          id: true,
          modelName: true,
          paper: { select: { slug: true, title: true, url: true } },
          codeUrl: true,
          evaluatedAt: true,
          usesExtraData: true,
          extraData: true,
          evidence: true,
          source: true,
          submittedBy: { select: { name: true } },
          approvedBy: { select: { name: true } },
          approvedAt: true,
          values: { select: { metricId: true, raw: true, value: true, uncertainty: true } },
        },
      },
    },
  });
  return {
    ...benchmark,
    dataset: { slug: benchmark.dataset.slug, name: datasetLabel(benchmark.dataset) },
    results: benchmark.results.map((result) => ({
      ...result,
      evaluatedAt: iso(result.evaluatedAt),
      approvedAt: iso(result.approvedAt),
      submittedBy: result.submittedBy?.name ?? null,
      approvedBy: result.approvedBy?.name ?? null,
    })),
  };
}

/**
 * A benchmark's leaderboard: its metrics and every published result, unranked (lib/leaderboard/rank
 * orders them for the view). Tagged with the benchmark and everything whose name it shows.
 */
export const getLeaderboard = cache(async (slug: string): Promise<Leaderboard | null> => {
  const ref = await prisma.benchmark.findUnique({
    where: { slug },
    select: { id: true, taskId: true, datasetId: true, results: { where: PUBLIC, select: { paperId: true }, distinct: ["paperId"] } },
  });
  if (!ref) return catalogueMiss();
  const paperIds = ref.results.flatMap((result) => (result.paperId ? [result.paperId] : []));
  return unstable_cache(readLeaderboard, ["leaderboard"], {
    tags: [tags.benchmark(ref.id), tags.task(ref.taskId), tags.dataset(ref.datasetId), ...paperIds.map(tags.paper)],
  })(ref.id);
});

export type SotaBenchmark = {
  slug: string;
  dataset: string;
  resultCount: number;
  best: { metric: string; raw: string; modelName: string } | null;
};

export type SotaTask = { slug: string; name: string; synonyms: string[]; benchmarks: SotaBenchmark[] };

export type SotaArea = { slug: string; name: string; tasks: SotaTask[] };

async function readSotaIndex(): Promise<SotaArea[]> {
  const [benchmarks, counts] = await Promise.all([
    prisma.benchmark.findMany({
      select: {
        id: true,
        slug: true,
        task: {
          select: { slug: true, name: true, synonyms: { select: { name: true } }, area: { select: { slug: true, name: true, position: true } } },
        },
        dataset: { select: { name: true, parent: { select: { name: true } } } },
        metrics: { select: { id: true, name: true, position: true, direction: true } },
      },
    }),
    prisma.result.groupBy({ by: ["benchmarkId"], where: PUBLIC, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((row) => [row.benchmarkId, row._count._all]));
  const rankingMetrics = new Map(benchmarks.map((b) => [b.id, defaultRankingMetric(b.metrics)]));
  const values = await prisma.resultValue.findMany({
    where: { metricId: { in: [...rankingMetrics.values()].flatMap((m) => (m ? [m.id] : [])) }, value: { not: null }, result: PUBLIC },
    select: { metricId: true, raw: true, value: true, result: { select: { id: true, modelName: true, evaluatedAt: true, usesExtraData: true } } },
  });
  const valuesByMetric = new Map<string, typeof values>();
  for (const row of values) {
    const list = valuesByMetric.get(row.metricId);
    if (list) list.push(row);
    else valuesByMetric.set(row.metricId, [row]);
  }

  const areas = new Map<string, SotaArea & { position: number }>();
  for (const benchmark of benchmarks) {
    const metric = rankingMetrics.get(benchmark.id);
    const candidates = (metric && valuesByMetric.get(metric.id)) || [];
    const top = rankResults(
      candidates.map((row) => ({ ...row.result, raw: row.raw, values: [{ metricId: row.metricId, value: row.value }] })),
      metric,
    )[0]?.result;
    const area = benchmark.task.area ?? { slug: "other", name: "Other", position: Number.MAX_SAFE_INTEGER };
    const areaEntry = areas.get(area.slug) ?? { ...area, tasks: [] };
    areas.set(area.slug, areaEntry);
    let task = areaEntry.tasks.find((t) => t.slug === benchmark.task.slug);
    if (!task) {
      const { slug, name, synonyms } = benchmark.task;
      areaEntry.tasks.push((task = { slug, name, synonyms: synonyms.map((s) => s.name), benchmarks: [] }));
    }
    task.benchmarks.push({
      slug: benchmark.slug,
      dataset: datasetLabel(benchmark.dataset),
      resultCount: countOf.get(benchmark.id) ?? 0,
      best: top && metric ? { metric: metric.name, raw: top.raw, modelName: top.modelName } : null,
    });
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");
  return [...areas.values()]
    .sort((a, b) => a.position - b.position || byName(a, b))
    .map(({ slug, name, tasks }) => ({
      slug,
      name,
      tasks: tasks.sort(byName).map((task) => ({ ...task, benchmarks: task.benchmarks.sort((a, b) => a.dataset.localeCompare(b.dataset, "en")) })),
    }));
}

/** Every benchmark by area and task, with its result count and current best: the /sota index. */
export const getSotaIndex = unstable_cache(readSotaIndex, ["sota-index"], { tags: [tags.catalogue] });
