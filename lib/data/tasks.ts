import "server-only";
import { cache } from "react";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { readBenchmarkItems, topBenchmarkIds, type BenchmarkItem, type TopBenchmarks } from "./benchmark-items";
import { benchmarkTags, cached, catalogueMiss } from "./cache";
import { taskNodeSelect, toTaskNodes, type TaskNode } from "./catalogue";
import { readLinkedPapers } from "./linked-papers";
import type { PaperItem } from "./shapes";

export const TASK_PAPERS_SHOWN = 10;
/** The archive's largest tasks have hundreds of benchmarks: the page lists those with the most results. */
export const TASK_BENCHMARKS_SHOWN = 100;

type Link = { slug: string; name: string };

export type TaskPage = {
  id: string;
  slug: string;
  name: string;
  description: string;
  synonyms: string[];
  area: Link | null;
  /** From the root down to the direct parent. */
  ancestors: Link[];
  subtasks: TaskNode[];
  /** The most reported, at most TASK_BENCHMARKS_SHOWN of benchmarkCount. */
  benchmarks: BenchmarkItem[];
  benchmarkCount: number;
  papers: PaperItem[];
  paperCount: number;
};

const MAX_DEPTH = 12;

/**
 * A task, its place in the tree, its benchmarks with their current best and its latest papers; null when unknown.
 * Once per render (the page and its metadata ask for it).
 */
export const getTaskPage = cache(async (slug: string): Promise<TaskPage | null> => {
  // Read on each render, not cached under the catalogue: the page then ends only when its task or one of
  // its benchmarks changes (an approval elsewhere leaves it cached), or, for a miss, when the catalogue does.
  const ref = await prisma.task.findUnique({ where: { slug }, select: { id: true } });
  if (!ref) return catalogueMiss();
  const top = await topBenchmarkIds({ taskId: ref.id }, TASK_BENCHMARKS_SHOWN);
  return cached(["task-page", ref.id], [tags.task(ref.id), ...benchmarkTags(top.ids)], () => readTaskPage(ref.id, top));
});

async function readTaskPage(id: string, top: TopBenchmarks): Promise<TaskPage | null> {
  const task = await prisma.task.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      parentId: true,
      area: { select: { slug: true, name: true } },
      synonyms: { select: { name: true }, orderBy: { name: "asc" } },
      subtasks: { orderBy: { name: "asc" }, select: taskNodeSelect },
    },
  });
  if (!task) return null;
  const [ancestors, benchmarks, papers, subtasks] = await Promise.all([
    readAncestors(task.parentId),
    readBenchmarkItems({ id: { in: top.ids } }),
    readLinkedPapers({ taskIds: [id] }, TASK_PAPERS_SHOWN),
    toTaskNodes(task.subtasks),
  ]);
  return {
    id: task.id,
    slug: task.slug,
    name: task.name,
    description: task.description,
    synonyms: task.synonyms.map((s) => s.name),
    area: task.area,
    ancestors,
    subtasks,
    benchmarks,
    benchmarkCount: top.total,
    papers: papers.items,
    paperCount: papers.total,
  };
}

async function readAncestors(parentId: string | null): Promise<Link[]> {
  const chain: Link[] = [];
  let next = parentId;
  while (next && chain.length < MAX_DEPTH) {
    const parent = await prisma.task.findUnique({ where: { id: next }, select: { slug: true, name: true, parentId: true } });
    if (!parent) break;
    chain.unshift({ slug: parent.slug, name: parent.name });
    next = parent.parentId;
  }
  return chain;
}
