import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { defaultRankingMetric, rankResults } from "@/lib/leaderboard/rank";
import { leaderboardPath, metricSlugs } from "@/lib/leaderboard/view";
import { catalogueMiss } from "@/lib/data/cache";
import { datasetLabel } from "@/lib/data/leaderboards";

const PUBLIC = { status: "PUBLISHED" } as const;
const PAGE_SIZE = 20;
const RELATED_COUNT = 6;

type Named = { slug: string; name: string };

/** One reported value of the paper: a row of its Results table, with its rank on that metric. */
export type PaperResultRow = {
  resultId: string;
  /** The leaderboard ranked by this row's metric. */
  href: string;
  task: Named;
  dataset: Named;
  metric: { name: string; direction: MetricDirection };
  raw: string;
  uncertainty: number | null;
  value: number | null;
  modelName: string;
  usesExtraData: boolean;
  rank: number | null;
};

export type PaperSummary = {
  slug: string;
  title: string;
  publishedAt: string | null;
  venue: string | null;
  authors: string[];
};

export type PaperDetail = PaperSummary & {
  id: string;
  abstract: string;
  arxivId: string | null;
  url: string | null;
  pdfUrl: string | null;
  repositories: { url: string; isOfficial: boolean; framework: string | null; stars: number | null }[];
  tasks: Named[];
  datasets: Named[];
  methods: Named[];
  results: PaperResultRow[];
  related: PaperSummary[];
};

const SUMMARY_SELECT = {
  slug: true,
  title: true,
  publishedAt: true,
  venue: true,
  authors: { orderBy: { position: "asc" }, select: { name: true } },
} as const;

function toSummary(paper: { slug: string; title: string; publishedAt: Date | null; venue: string | null; authors: { name: string }[] }): PaperSummary {
  return { ...paper, publishedAt: paper.publishedAt?.toISOString() ?? null, authors: paper.authors.map((a) => a.name) };
}

/** Every value the paper reports, with its rank among all published results on that metric. */
async function readPaperResults(paperId: string): Promise<PaperResultRow[]> {
  const benchmarks = await prisma.benchmark.findMany({
    where: { results: { some: { paperId, ...PUBLIC } } },
    select: {
      slug: true,
      task: { select: { slug: true, name: true } },
      dataset: { select: { slug: true, name: true, parent: { select: { name: true } } } },
      metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, direction: true } },
      results: {
        where: PUBLIC,
        select: {
          id: true,
          paperId: true,
          modelName: true,
          evaluatedAt: true,
          usesExtraData: true,
          values: { select: { metricId: true, raw: true, value: true, uncertainty: true } },
        },
      },
    },
  });
  const rows: PaperResultRow[] = [];
  for (const benchmark of benchmarks) {
    const slugs = metricSlugs(benchmark.metrics);
    const defaultMetric = defaultRankingMetric(benchmark.metrics);
    const ours = benchmark.results.filter((result) => result.paperId === paperId);
    for (const metric of benchmark.metrics) {
      const rankable = metric.direction !== "NOT_RANKED";
      const ranks = new Map(rankResults(benchmark.results, metric).map((entry) => [entry.result.id, entry.rank]));
      for (const result of ours) {
        const value = result.values.find((v) => v.metricId === metric.id);
        if (!value) continue;
        rows.push({
          resultId: result.id,
          href: leaderboardPath(benchmark.slug, { metricSlug: metric.id === defaultMetric?.id || !rankable ? null : slugs.get(metric.id) }),
          task: benchmark.task,
          dataset: { slug: benchmark.dataset.slug, name: datasetLabel(benchmark.dataset) },
          metric: { name: metric.name, direction: metric.direction },
          raw: value.raw,
          uncertainty: value.uncertainty,
          value: value.value,
          modelName: result.modelName,
          usesExtraData: result.usesExtraData,
          rank: ranks.get(result.id) ?? null,
        });
      }
    }
  }
  const order = (row: PaperResultRow) => [row.task.name, row.dataset.name, row.modelName];
  return rows.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0].localeCompare(y[0], "en") || x[1].localeCompare(y[1], "en") || x[2].localeCompare(y[2], "en");
  });
}

/** Papers that share the most tasks and datasets with this one, the newest first among equals. */
async function readRelatedPapers(paperId: string, taskIds: string[], datasetIds: string[]): Promise<PaperSummary[]> {
  if (taskIds.length + datasetIds.length === 0) return [];
  const candidates = await prisma.paper.findMany({
    where: {
      id: { not: paperId },
      OR: [{ tasks: { some: { id: { in: taskIds } } } }, { datasets: { some: { id: { in: datasetIds } } } }],
    },
    orderBy: { publishedAt: { sort: "desc", nulls: "last" } },
    take: 100,
    select: { ...SUMMARY_SELECT, tasks: { select: { id: true } }, datasets: { select: { id: true } } },
  });
  const shared = (paper: (typeof candidates)[number]) =>
    paper.tasks.filter((t) => taskIds.includes(t.id)).length + paper.datasets.filter((d) => datasetIds.includes(d.id)).length;
  return candidates
    .map((paper) => ({ paper, shared: shared(paper) }))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, RELATED_COUNT)
    .map(({ paper }) => toSummary(paper));
}

async function readPaper(id: string): Promise<PaperDetail> {
  const paper = await prisma.paper.findUniqueOrThrow({
    where: { id },
    select: {
      ...SUMMARY_SELECT,
      id: true,
      abstract: true,
      arxivId: true,
      url: true,
      pdfUrl: true,
      repositories: { orderBy: [{ isOfficial: "desc" }, { stars: { sort: "desc", nulls: "last" } }, { url: "asc" }], select: { url: true, isOfficial: true, framework: true, stars: true } },
      tasks: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } },
      datasets: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, parent: { select: { name: true } } } },
      methods: { orderBy: { name: "asc" }, select: { slug: true, name: true } },
    },
  });
  const [results, related] = await Promise.all([
    readPaperResults(id),
    readRelatedPapers(
      id,
      paper.tasks.map((t) => t.id),
      paper.datasets.map((d) => d.id),
    ),
  ]);
  return {
    ...toSummary(paper),
    id: paper.id,
    abstract: paper.abstract,
    arxivId: paper.arxivId,
    url: paper.url,
    pdfUrl: paper.pdfUrl,
    repositories: paper.repositories,
    tasks: paper.tasks.map(({ slug, name }) => ({ slug, name })),
    datasets: paper.datasets.map((dataset) => ({ slug: dataset.slug, name: datasetLabel(dataset) })),
    methods: paper.methods,
    results,
    related,
  };
}

/**
 * A paper with its results (ranked on their leaderboards) and related papers. Tagged with the
 * paper, every benchmark it ranks on (another result there moves its rank), and what it names.
 */
export const getPaper = cache(async (slug: string): Promise<PaperDetail | null> => {
  const ref = await prisma.paper.findUnique({
    where: { slug },
    select: {
      id: true,
      tasks: { select: { id: true } },
      datasets: { select: { id: true } },
      methods: { select: { id: true } },
      results: { where: PUBLIC, select: { benchmarkId: true }, distinct: ["benchmarkId"] },
    },
  });
  if (!ref) return catalogueMiss();
  return unstable_cache(readPaper, ["paper"], {
    tags: [
      tags.paper(ref.id),
      ...ref.results.map((r) => tags.benchmark(r.benchmarkId)),
      ...ref.tasks.map((t) => tags.task(t.id)),
      ...ref.datasets.map((d) => tags.dataset(d.id)),
      ...ref.methods.map((m) => tags.method(m.id)),
    ],
  })(ref.id);
});

export type PaperListItem = PaperSummary & { tasks: Named[]; resultCount: number; hasCode: boolean };

async function readPaperPage(page: number): Promise<{ papers: PaperListItem[]; total: number; pageCount: number }> {
  const [total, papers] = await Promise.all([
    prisma.paper.count(),
    prisma.paper.findMany({
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        ...SUMMARY_SELECT,
        tasks: { orderBy: { name: "asc" }, select: { slug: true, name: true } },
        repositories: { select: { id: true }, take: 1 },
        _count: { select: { results: { where: PUBLIC } } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    papers: papers.map(({ tasks, repositories, _count, ...paper }) => ({
      ...toSummary(paper),
      tasks,
      resultCount: _count.results,
      hasCode: repositories.length > 0,
    })),
  };
}

/** One page of every paper, newest first. */
export const getPaperPage = unstable_cache(readPaperPage, ["paper-page"], { tags: [tags.catalogue] });
