import "server-only";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readNotableBenchmarks, type BenchmarkItem } from "./benchmark-items";
import { cached } from "./cache";
import { paperCountsOfTasks } from "./linked-papers";
import { pageCountOf, type Paged } from "./pagination";
import { countPublishedResults } from "@/lib/catalogue/published";

export type CatalogueCounts = { benchmarks: number; results: number; papers: number; tasks: number; datasets: number; methods: number };

/** How big the catalogue is: only published results count. */
export function getCatalogueCounts(): Promise<CatalogueCounts> {
  return cached(["catalogue-counts"], [tags.catalogue], async () => {
    const [benchmarks, results, papers, tasks, datasets, methods] = await Promise.all([
      prisma.benchmark.count(),
      countPublishedResults(),
      prisma.paper.count(),
      prisma.task.count(),
      prisma.dataset.count({ where: { parentId: null } }),
      prisma.method.count(),
    ]);
    return { benchmarks, results, papers, tasks, datasets, methods };
  });
}

/** A task in a tree: its counts and its direct subtasks. */
export type TaskNode = {
  slug: string;
  name: string;
  benchmarkCount: number;
  paperCount: number;
  subtasks: { slug: string; name: string; benchmarkCount: number }[];
};

const byBenchmarksThenName = [{ benchmarks: { _count: "desc" } }, { name: "asc" }] satisfies Prisma.TaskOrderByWithRelationInput[];

export const taskNodeSelect = {
  id: true,
  slug: true,
  name: true,
  _count: { select: { benchmarks: true } },
  subtasks: { orderBy: byBenchmarksThenName, select: { slug: true, name: true, _count: { select: { benchmarks: true } } } },
} satisfies Prisma.TaskSelect;

/**
 * Tasks as lists show them, with their paper counts, read for these tasks alone (`paperCountsOfTasks`): Prisma's
 * `_count` of a task's papers counted every link of the catalogue on each read (50 to 80 ms on the home page).
 */
export async function toTaskNodes(tasks: Prisma.TaskGetPayload<{ select: typeof taskNodeSelect }>[]): Promise<TaskNode[]> {
  const paperCounts = await paperCountsOfTasks(tasks.map((task) => task.id));
  return tasks.map((task) => ({
    slug: task.slug,
    name: task.name,
    benchmarkCount: task._count.benchmarks,
    paperCount: paperCounts.get(task.id) ?? 0,
    subtasks: task.subtasks.map((sub) => ({ slug: sub.slug, name: sub.name, benchmarkCount: sub._count.benchmarks })),
  }));
}

export type AreaSummary = {
  slug: string;
  name: string;
  description: string;
  taskCount: number;
  /** Tasks that are no other task's subtask. */
  topLevelCount: number;
  tasks: TaskNode[];
};

/** Every area with its task count and its top-level tasks, most benchmarked first (at most `tasksPerArea`). */
export function listAreas(tasksPerArea: number): Promise<AreaSummary[]> {
  return cached(["areas", String(tasksPerArea)], [tags.catalogue], async () => {
    const [areas, topLevel] = await Promise.all([
      prisma.area.findMany({
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: {
          id: true,
          slug: true,
          name: true,
          description: true,
          _count: { select: { tasks: true } },
          tasks: { where: { parentId: null }, orderBy: byBenchmarksThenName, take: tasksPerArea, select: taskNodeSelect },
        },
      }),
      prisma.task.groupBy({ by: ["areaId"], where: { parentId: null }, _count: { _all: true } }),
    ]);
    const topLevelCount = new Map(topLevel.map((group) => [group.areaId, group._count._all]));
    const nodes = await toTaskNodes(areas.flatMap((area) => area.tasks));
    const nodeOf = new Map(nodes.map((node) => [node.slug, node]));
    return areas.map(({ id, _count, tasks, ...area }) => ({
      ...area,
      taskCount: _count.tasks,
      topLevelCount: topLevelCount.get(id) ?? 0,
      tasks: tasks.map((task) => nodeOf.get(task.slug)!),
    }));
  });
}

/** Top-level tasks that belong to no area, most benchmarked first. */
export function listTasksWithoutArea(take: number): Promise<{ total: number; tasks: TaskNode[] }> {
  return cached(["tasks-without-area", String(take)], [tags.catalogue], async () => {
    const where = { areaId: null, parentId: null };
    const [total, tasks] = await Promise.all([
      prisma.task.count({ where }),
      prisma.task.findMany({ where, orderBy: byBenchmarksThenName, take, select: taskNodeSelect }),
    ]);
    return { total, tasks: await toTaskNodes(tasks) };
  });
}

export const AREA_PAGE_SIZE = 30;

export const AREA_BENCHMARKS_SHOWN = 8;

export type AreaPage = {
  slug: string;
  name: string;
  description: string;
  taskCount: number;
  tasks: Paged<TaskNode>;
  /** On the first page: the area's benchmarks with the most results. */
  benchmarks: BenchmarkItem[];
};

/** One page of an area's top-level tasks with their subtasks; null when the area does not exist. */
export function getAreaPage(slug: string, page: number): Promise<AreaPage | null> {
  return cached(["area-page", slug, String(page)], [tags.catalogue], async () => {
    const area = await prisma.area.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, description: true, _count: { select: { tasks: true } } },
    });
    if (!area) return null;
    const where = { areaId: area.id, parentId: null };
    const [total, tasks, benchmarks] = await Promise.all([
      prisma.task.count({ where }),
      prisma.task.findMany({ where, orderBy: byBenchmarksThenName, skip: (page - 1) * AREA_PAGE_SIZE, take: AREA_PAGE_SIZE, select: taskNodeSelect }),
      page === 1 ? readNotableBenchmarks(AREA_BENCHMARKS_SHOWN, { task: { areaId: area.id } }) : [],
    ]);
    const paged = { items: await toTaskNodes(tasks), page, pageCount: pageCountOf(total, AREA_PAGE_SIZE), total };
    return { slug: area.slug, name: area.name, description: area.description, taskCount: area._count.tasks, tasks: paged, benchmarks };
  });
}
