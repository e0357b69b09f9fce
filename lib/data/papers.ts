import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import type { PaperBenchmarkTable, RankBadge } from "@/lib/leaderboard/paper-results";
import { paperBenchmarkTables, rankBadges } from "@/lib/leaderboard/paper-results";
import { readPaperTrust, type PaperTrust } from "@/lib/trust/reads";
import { catalogueMiss } from "@/lib/data/cache";
import { datasetLabel } from "@/lib/data/shapes";
import { latestPaperIds, linkedPaperIds } from "@/lib/data/linked-papers";
import { PUBLISHED, publishedResultCounts } from "@/lib/catalogue/published";

const PAGE_SIZE = 20;
const RELATED_COUNT = 6;

type Named = { slug: string; name: string };

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
  /** One table per benchmark: a row per model, a column per metric, ranks as on the leaderboard. */
  benchmarks: PaperBenchmarkTable[];
  rankBadges: RankBadge[];
  related: PaperSummary[];
  /** Its results' trust and the authors who claimed it (lib/trust). */
  trust?: PaperTrust;
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

/** The benchmarks the paper has published results on, each with every published result (to rank them). */
async function readPaperBenchmarks(paperId: string): Promise<PaperBenchmarkTable[]> {
  // From the paper's results (an index) rather than "benchmarks with some result of the paper", which looked
  // into each of the catalogue's benchmarks: 15 ms a paper page at the archive's size.
  const own = await prisma.result.findMany({ where: { paperId, ...PUBLISHED }, distinct: ["benchmarkId"], select: { benchmarkId: true } });
  const benchmarks = await prisma.benchmark.findMany({
    where: { id: { in: own.map((result) => result.benchmarkId) } },
    select: {
      slug: true,
      task: { select: { slug: true, name: true } },
      dataset: { select: { slug: true, name: true, parent: { select: { name: true } } } },
      metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, direction: true } },
      results: {
        where: PUBLISHED,
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
  const inputs = benchmarks.map((benchmark) => ({ ...benchmark, dataset: { slug: benchmark.dataset.slug, name: datasetLabel(benchmark.dataset) } }));
  return paperBenchmarkTables(inputs, paperId);
}

/** The newest papers sharing a task or a dataset with this one, read from the link tables (lib/data/linked-papers.ts). */
async function readRelatedPapers(paperId: string, taskIds: string[], datasetIds: string[]): Promise<PaperSummary[]> {
  const linked = linkedPaperIds({ taskIds, datasetIds });
  if (!linked) return [];
  const ids = await latestPaperIds(linked, RELATED_COUNT, paperId);
  const papers = await prisma.paper.findMany({ where: { id: { in: ids } }, select: { ...SUMMARY_SELECT, id: true } });
  const byId = new Map(papers.map(({ id, ...paper }) => [id, toSummary(paper)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
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
      repositories: {
        orderBy: [{ isOfficial: "desc" }, { stars: { sort: "desc", nulls: "last" } }, { url: "asc" }],
        select: { url: true, isOfficial: true, framework: true, stars: true },
      },
      tasks: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } },
      datasets: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, parent: { select: { name: true } } } },
      methods: { orderBy: { name: "asc" }, select: { slug: true, name: true } },
    },
  });
  const [benchmarks, related, trust] = await Promise.all([
    readPaperBenchmarks(id),
    readRelatedPapers(
      id,
      paper.tasks.map((t) => t.id),
      paper.datasets.map((d) => d.id),
    ),
    readPaperTrust(id),
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
    benchmarks,
    rankBadges: rankBadges(benchmarks),
    related,
    trust,
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
      results: { where: PUBLISHED, select: { benchmarkId: true }, distinct: ["benchmarkId"] },
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
        id: true,
        tasks: { orderBy: { name: "asc" }, select: { slug: true, name: true } },
        repositories: { select: { id: true }, take: 1 },
      },
    }),
  ]);
  const resultCounts = await publishedResultCounts(
    "paperId",
    papers.map((paper) => paper.id),
  );
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    papers: papers.map(({ id, tasks, repositories, ...paper }) => ({
      ...toSummary(paper),
      tasks,
      resultCount: resultCounts.get(id) ?? 0,
      hasCode: repositories.length > 0,
    })),
  };
}

/** One page of every paper, newest first. */
export const getPaperPage = unstable_cache(readPaperPage, ["paper-page"], { tags: [tags.catalogue] });
