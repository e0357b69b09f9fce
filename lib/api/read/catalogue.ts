import "server-only";
import { prisma } from "@/lib/db";
import { containsText } from "@/lib/text-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { metricSlugs } from "@/lib/leaderboard/view";
import { sliceOf, type PageWindow, type Slice } from "../pagination";
import type { AreaListParams, DatasetListParams, MethodListParams, TaskListParams } from "../params";
import type { ApiArea, ApiDataset, ApiEvaluation, ApiMethod, ApiMetric, ApiPaper, ApiTask } from "../schemas";
import {
  areaSelect,
  datasetSelect,
  evaluationSelect,
  methodSelect,
  taskSelect,
  toApiArea,
  toApiDataset,
  toApiEvaluation,
  toApiMethod,
  toApiMetric,
  toApiTask,
} from "../serialize";
import { pageOfPapers } from "./papers";
import { searchedSlice } from "./search";

const BY_NAME = [{ name: "asc" }, { slug: "asc" }] as const;

/** A page of `findMany` with its total: the shape of every list read straight from one table. */
async function pageOf<R, T>(count: Promise<number>, rows: Promise<R[]>, toApi: (row: R) => T): Promise<Slice<T>> {
  const [total, found] = await Promise.all([count, rows]);
  return { count: total, results: found.map(toApi) };
}

// ─── Tasks ───────────────────────────────────────────────────────────────────

export function listTasks(params: z.output<typeof TaskListParams>, window: PageWindow): Promise<Slice<ApiTask>> {
  const where: Prisma.TaskWhereInput = params.name ? { name: containsText(params.name) } : {};
  if (params.q) return searchedSlice("task", params.q, where, window, (filter) => prisma.task.findMany({ where: filter, select: taskSelect }), toApiTask);
  return pageOf(
    prisma.task.count({ where }),
    prisma.task.findMany({ where, orderBy: [...BY_NAME], skip: window.skip, take: window.take, select: taskSelect }),
    toApiTask,
  );
}

export async function readTask(slug: string): Promise<ApiTask | null> {
  const task = await prisma.task.findUnique({ where: { slug }, select: taskSelect });
  return task && toApiTask(task);
}

async function taskExists(slug: string): Promise<boolean> {
  return (await prisma.task.count({ where: { slug } })) > 0;
}

export async function readTaskChildren(slug: string, window: PageWindow): Promise<Slice<ApiTask> | null> {
  if (!(await taskExists(slug))) return null;
  const where = { parent: { slug } };
  return pageOf(
    prisma.task.count({ where }),
    prisma.task.findMany({ where, orderBy: [...BY_NAME], skip: window.skip, take: window.take, select: taskSelect }),
    toApiTask,
  );
}

/** A task has one parent here (the old site allowed several): a list of none or one. */
export async function readTaskParents(slug: string, window: PageWindow): Promise<Slice<ApiTask> | null> {
  const task = await prisma.task.findUnique({ where: { slug }, select: { parent: { select: taskSelect } } });
  if (!task) return null;
  return sliceOf(task.parent ? [toApiTask(task.parent)] : [], window);
}

export async function readTaskPapers(slug: string, window: PageWindow): Promise<Slice<ApiPaper> | null> {
  if (!(await taskExists(slug))) return null;
  return pageOfPapers({ tasks: { some: { slug } } }, window);
}

export async function readTaskEvaluations(slug: string, window: PageWindow): Promise<Slice<ApiEvaluation> | null> {
  if (!(await taskExists(slug))) return null;
  return listEvaluationsWhere({ task: { slug } }, window);
}

// ─── Evaluation tables (benchmarks) ──────────────────────────────────────────

export function listEvaluationsWhere(where: Prisma.BenchmarkWhereInput, window: PageWindow): Promise<Slice<ApiEvaluation>> {
  return pageOf(
    prisma.benchmark.count({ where }),
    prisma.benchmark.findMany({ where, orderBy: { slug: "asc" }, skip: window.skip, take: window.take, select: evaluationSelect }),
    toApiEvaluation,
  );
}

export async function readEvaluation(slug: string): Promise<ApiEvaluation | null> {
  const benchmark = await prisma.benchmark.findUnique({ where: { slug }, select: evaluationSelect });
  return benchmark && toApiEvaluation(benchmark);
}

/** A benchmark's metrics in its order; each id is the metric's slug on the leaderboard. Null: no such benchmark. */
async function benchmarkMetrics(slug: string): Promise<ApiMetric[] | null> {
  const benchmark = await prisma.benchmark.findUnique({
    where: { slug },
    select: { metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, description: true, direction: true } } },
  });
  if (!benchmark) return null;
  const slugs = metricSlugs(benchmark.metrics);
  return benchmark.metrics.map((metric) => toApiMetric(metric, slugs.get(metric.id)!));
}

export async function readEvaluationMetrics(slug: string, window: PageWindow): Promise<Slice<ApiMetric> | null> {
  const metrics = await benchmarkMetrics(slug);
  return metrics && sliceOf(metrics, window);
}

/** One metric of a benchmark, by its slug there. */
export async function readEvaluationMetric(slug: string, metricSlug: string): Promise<ApiMetric | null> {
  return (await benchmarkMetrics(slug))?.find((metric) => metric.id === metricSlug) ?? null;
}

// ─── Datasets ────────────────────────────────────────────────────────────────

export function listDatasets(params: z.output<typeof DatasetListParams>, window: PageWindow): Promise<Slice<ApiDataset>> {
  const fullNameWords = params.full_name?.split(/\s+/).filter(Boolean) ?? [];
  const where: Prisma.DatasetWhereInput = {
    ...(params.name && { name: containsText(params.name) }),
    // A subset's full name is its dataset's name, then its own: each word is in one or the other.
    ...(fullNameWords.length > 0 && { AND: fullNameWords.map((word) => ({ OR: [{ name: containsText(word) }, { parent: { name: containsText(word) } }] })) }),
  };
  if (params.q) {
    return searchedSlice("dataset", params.q, where, window, (filter) => prisma.dataset.findMany({ where: filter, select: datasetSelect }), toApiDataset);
  }
  return pageOf(
    prisma.dataset.count({ where }),
    prisma.dataset.findMany({ where, orderBy: [...BY_NAME], skip: window.skip, take: window.take, select: datasetSelect }),
    toApiDataset,
  );
}

export async function readDataset(slug: string): Promise<ApiDataset | null> {
  const dataset = await prisma.dataset.findUnique({ where: { slug }, select: datasetSelect });
  return dataset && toApiDataset(dataset);
}

/** The benchmarks on the dataset and on its subsets. */
export async function readDatasetEvaluations(slug: string, window: PageWindow): Promise<Slice<ApiEvaluation> | null> {
  if ((await prisma.dataset.count({ where: { slug } })) === 0) return null;
  return listEvaluationsWhere({ dataset: { OR: [{ slug }, { parent: { slug } }] } }, window);
}

// ─── Methods ─────────────────────────────────────────────────────────────────

export function listMethods(params: z.output<typeof MethodListParams>, window: PageWindow): Promise<Slice<ApiMethod>> {
  const where: Prisma.MethodWhereInput = {
    ...(params.name && { name: containsText(params.name) }),
    ...(params.full_name && { fullName: containsText(params.full_name) }),
  };
  if (params.q) {
    return searchedSlice("method", params.q, where, window, (filter) => prisma.method.findMany({ where: filter, select: methodSelect }), toApiMethod);
  }
  return pageOf(
    prisma.method.count({ where }),
    prisma.method.findMany({ where, orderBy: [...BY_NAME], skip: window.skip, take: window.take, select: methodSelect }),
    toApiMethod,
  );
}

export async function readMethod(slug: string): Promise<ApiMethod | null> {
  const method = await prisma.method.findUnique({ where: { slug }, select: methodSelect });
  return method && toApiMethod(method);
}

// ─── Areas ───────────────────────────────────────────────────────────────────

export function listAreas(params: z.output<typeof AreaListParams>, window: PageWindow): Promise<Slice<ApiArea>> {
  const words = params.q?.split(/\s+/).filter(Boolean) ?? [];
  const where: Prisma.AreaWhereInput = {
    AND: [...words, ...(params.name ? [params.name] : [])].map((word) => ({ name: containsText(word) })),
  };
  return pageOf(
    prisma.area.count({ where }),
    prisma.area.findMany({ where, orderBy: [{ position: "asc" }, ...BY_NAME], skip: window.skip, take: window.take, select: areaSelect }),
    toApiArea,
  );
}

export async function readArea(slug: string): Promise<ApiArea | null> {
  const area = await prisma.area.findUnique({ where: { slug }, select: areaSelect });
  return area && toApiArea(area);
}

export async function readAreaTasks(slug: string, window: PageWindow): Promise<Slice<ApiTask> | null> {
  if ((await prisma.area.count({ where: { slug } })) === 0) return null;
  const where = { area: { slug } };
  return pageOf(
    prisma.task.count({ where }),
    prisma.task.findMany({ where, orderBy: [...BY_NAME], skip: window.skip, take: window.take, select: taskSelect }),
    toApiTask,
  );
}
