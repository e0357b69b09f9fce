import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultRankingMetric, type RankMetric } from "@/lib/leaderboard/rank";
import { PUBLISHED } from "@/lib/catalogue/published";

/** How many of the newest results a feed lists. */
export const FEED_SIZE = 50;

export type FeedResult = {
  id: string;
  modelName: string;
  appearedAt: string;
  benchmark: { slug: string; title: string };
  paperTitle: string | null;
  /** The value on the board's ranking metric, as reported, with the metric's name. */
  headline: { metric: string; raw: string } | null;
  isNewBest: boolean;
};

const SELECT = {
  id: true,
  modelName: true,
  approvedAt: true,
  createdAt: true,
  paper: { select: { title: true } },
  benchmark: {
    select: {
      id: true,
      slug: true,
      task: { select: { name: true } },
      dataset: { select: { name: true, parent: { select: { name: true } } } },
      metrics: { select: { id: true, name: true, position: true, direction: true } },
    },
  },
  values: { select: { metricId: true, raw: true, value: true } },
} satisfies Prisma.ResultSelect;

/**
 * The newest published results in `where` (a benchmark, a task, a paper, or the whole site), newest
 * first by approval (or import), each marked when it beat every result its board had before it.
 */
export async function readFeedResults(where: Prisma.ResultWhereInput): Promise<FeedResult[]> {
  const results = await prisma.result.findMany({
    where: { ...where, ...PUBLISHED },
    orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: SELECT,
  });
  return Promise.all(
    results.map(async (result) => {
      const { benchmark } = result;
      const metric = defaultRankingMetric(benchmark.metrics);
      const value = metric && result.values.find((entry) => entry.metricId === metric.id);
      const appearedAt = result.approvedAt ?? result.createdAt;
      const dataset = benchmark.dataset.parent ? `${benchmark.dataset.parent.name} ${benchmark.dataset.name}` : benchmark.dataset.name;
      const isNewBest = Boolean(metric && value && value.value !== null && !(await wasMatchedBefore(result.id, metric, value.value, appearedAt)));
      return {
        id: result.id,
        modelName: result.modelName,
        appearedAt: appearedAt.toISOString(),
        benchmark: { slug: benchmark.slug, title: `${benchmark.task.name} on ${dataset}` },
        paperTitle: result.paper?.title ?? null,
        headline: metric && value ? { metric: metric.name, raw: value.raw } : null,
        isNewBest,
      };
    }),
  );
}

// True when a published result that came earlier scores at least as well: this one is then no new best.
async function wasMatchedBefore(resultId: string, metric: RankMetric, value: number, at: Date): Promise<boolean> {
  const atLeastAsGood = metric.direction === "LOWER_IS_BETTER" ? { lte: value } : { gte: value };
  const count = await prisma.resultValue.count({
    where: {
      metricId: metric.id,
      value: atLeastAsGood,
      resultId: { not: resultId },
      result: { ...PUBLISHED, OR: [{ approvedAt: { lte: at } }, { approvedAt: null, createdAt: { lte: at } }] },
    },
  });
  return count > 0;
}
