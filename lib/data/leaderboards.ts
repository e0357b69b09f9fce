import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { catalogueMiss } from "./cache";
import { findCurrentBest } from "./current-best";
import type { MetricDirection, ResultSource } from "@/lib/generated/prisma/enums";
import { parseDeclaredSettings, parseSettingValues, type Setting, type SettingValues } from "@/lib/settings/kinds";
import { computeTrust, type Trust } from "@/lib/trust/trust-level";

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
  /** Comparison settings (lib/settings), a key it lacks is unknown; footnotes as the source wrote them. */
  // Optional: the moderation preview's proposed rows have none yet.
  settings?: SettingValues;
  settingNotes?: string;
  params?: number | null;
  trainingCompute?: number | null;
  inferenceCost?: number | null;
  /** Its trust level and why (lib/trust); absent on rows not yet published (the moderation preview). */
  trust?: Trust;
  /** A baseline reported here from another paper: the original paper's row (lib/contests/baselines.ts). */
  baselineOf?: { id: string; title: string } | null;
};

export type Leaderboard = {
  id: string;
  slug: string;
  description: string;
  /** What a moderator declared (null: nothing yet; lib/settings/kinds effectiveSettings). */
  declaredSettings?: Setting[] | null;
  task: { slug: string; name: string; area: { slug: string; name: string } | null };
  dataset: { slug: string; name: string };
  metrics: LeaderboardMetric[];
  results: LeaderboardRow[];
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

type BenchmarkHead = {
  id: string;
  slug: string;
  description: string;
  settings: string | null;
  taskSlug: string;
  taskName: string;
  areaSlug: string | null;
  areaName: string | null;
  datasetSlug: string;
  datasetName: string;
  parentName: string | null;
};

type ResultRow = Omit<LeaderboardRow, "paper" | "evaluatedAt" | "approvedAt" | "values" | "usesExtraData" | "settings" | "trust" | "baselineOf"> & {
  originalId: string | null;
  originalTitle: string | null;
  settings: string;
  settingNotes: string;
  params: number | null;
  trainingCompute: number | null;
  inferenceCost: number | null;
  authorConfirmedAt: Date | null;
  reproducedAt: Date | null;
  contestedAt: Date | null;
  paperSlug: string | null;
  paperTitle: string | null;
  paperUrl: string | null;
  evaluatedAt: Date | null;
  approvedAt: Date | null;
  usesExtraData: boolean | number;
};

// Only published results are public; a retracted one stays in the database with its reason.
// Plain SQL: a leaderboard can hold over a thousand results and five thousand values, and Prisma's
// nested reads cost many times what the database does. This read runs on the first request after each
// change to the benchmark.
async function readLeaderboard(id: string): Promise<Leaderboard> {
  const [heads, metrics, results, values] = await Promise.all([
    prisma.$queryRaw<BenchmarkHead[]>`
      SELECT b."id", b."slug", b."description", b."settings", t."slug" AS "taskSlug", t."name" AS "taskName",
             a."slug" AS "areaSlug", a."name" AS "areaName",
             d."slug" AS "datasetSlug", d."name" AS "datasetName", p."name" AS "parentName"
      FROM "Benchmark" b
      JOIN "Task" t ON t."id" = b."taskId"
      LEFT JOIN "Area" a ON a."id" = t."areaId"
      JOIN "Dataset" d ON d."id" = b."datasetId"
      LEFT JOIN "Dataset" p ON p."id" = d."parentId"
      WHERE b."id" = ${id}`,
    prisma.metric.findMany({
      where: { benchmarkId: id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, position: true, direction: true, unit: true, description: true },
    }),
    prisma.$queryRaw<ResultRow[]>`
      SELECT r."id", r."modelName", r."codeUrl", r."evaluatedAt", r."usesExtraData", r."extraData", r."evidence",
             r."source", r."approvedAt", r."settings", r."settingNotes", r."params", r."trainingCompute", r."inferenceCost",
             p."slug" AS "paperSlug", p."title" AS "paperTitle", p."url" AS "paperUrl",
             s."name" AS "submittedBy", v."name" AS "approvedBy",
             r."authorConfirmedAt", r."reproducedAt", r."contestedAt",
             o."id" AS "originalId", COALESCE(op."title", o."modelName") AS "originalTitle"
      FROM "Result" r
      LEFT JOIN "Paper" p ON p."id" = r."paperId"
      LEFT JOIN "Result" o ON o."id" = r."baselineOfId" AND o."status" = 'PUBLISHED'
      LEFT JOIN "Paper" op ON op."id" = o."paperId"
      LEFT JOIN "User" s ON s."id" = r."submittedById"
      LEFT JOIN "User" v ON v."id" = r."approvedById"
      WHERE r."benchmarkId" = ${id} AND r."status" = 'PUBLISHED'`,
    prisma.$queryRaw<(LeaderboardValue & { resultId: string })[]>`
      SELECT v."resultId", v."metricId", v."raw", v."value", v."uncertainty"
      FROM "ResultValue" v JOIN "Result" r ON r."id" = v."resultId"
      WHERE r."benchmarkId" = ${id} AND r."status" = 'PUBLISHED'`,
  ]);
  const head = heads[0];
  if (!head) throw new Error(`No benchmark ${id}`);
  const valuesOf = new Map<string, LeaderboardValue[]>();
  for (const { resultId, metricId, raw, value, uncertainty } of values) {
    const entry = { metricId, raw, value, uncertainty };
    const list = valuesOf.get(resultId);
    if (list) list.push(entry);
    else valuesOf.set(resultId, [entry]);
  }
  return {
    id: head.id,
    slug: head.slug,
    description: head.description,
    declaredSettings: parseDeclaredSettings(head.settings),
    task: {
      slug: head.taskSlug,
      name: head.taskName,
      area: head.areaSlug && head.areaName ? { slug: head.areaSlug, name: head.areaName } : null,
    },
    dataset: { slug: head.datasetSlug, name: head.parentName ? `${head.parentName} ${head.datasetName}` : head.datasetName },
    metrics,
    // Spelled out: spreading objects a thousand times costs more than the query.
    results: results.map((row) => ({
      id: row.id,
      modelName: row.modelName,
      paper: row.paperSlug && row.paperTitle ? { slug: row.paperSlug, title: row.paperTitle, url: row.paperUrl } : null,
      codeUrl: row.codeUrl,
      evaluatedAt: iso(row.evaluatedAt),
      usesExtraData: Boolean(row.usesExtraData),
      extraData: row.extraData,
      evidence: row.evidence,
      source: row.source,
      submittedBy: row.submittedBy,
      approvedBy: row.approvedBy,
      approvedAt: iso(row.approvedAt),
      values: valuesOf.get(row.id) ?? [],
      settings: parseSettingValues(row.settings),
      settingNotes: row.settingNotes,
      params: row.params,
      trainingCompute: row.trainingCompute,
      inferenceCost: row.inferenceCost,
      trust: computeTrust(row),
      baselineOf: row.originalId ? { id: row.originalId, title: row.originalTitle ?? "" } : null,
    })),
  };
}

// Next.js keeps 128 tags per cached read: a large leaderboard names more papers than that. Past this
// many, a paper's new title shows there once the benchmark changes; its own page updates at once.
const MAX_PAPER_TAGS = 100;

/**
 * A benchmark's leaderboard: its metrics and every published result, unranked (lib/leaderboard/rank
 * orders them for the view). Tagged with the benchmark and everything whose name it shows.
 */
export const getLeaderboard = cache(async (slug: string): Promise<Leaderboard | null> => {
  const ref = await prisma.benchmark.findUnique({ where: { slug }, select: { id: true, taskId: true, datasetId: true } });
  if (!ref) return catalogueMiss();
  const papers = await prisma.$queryRaw<{ paperId: string }[]>`
    SELECT DISTINCT "paperId" FROM "Result"
    WHERE "benchmarkId" = ${ref.id} AND "status" = 'PUBLISHED' AND "paperId" IS NOT NULL
    LIMIT ${MAX_PAPER_TAGS}`;
  return unstable_cache(readLeaderboard, ["leaderboard"], {
    tags: [tags.benchmark(ref.id), tags.task(ref.taskId), tags.dataset(ref.datasetId), ...papers.map((row) => tags.paper(row.paperId))],
  })(ref.id);
});

export type SotaBenchmark = {
  slug: string;
  dataset: string;
  resultCount: number;
  best: { metric: string; raw: string; modelName: string } | null;
};

export type SotaTask = {
  slug: string;
  name: string;
  synonyms: string[];
  /** The task's benchmarks with the most results, at most SOTA_BENCHMARKS_PER_TASK. */
  benchmarks: SotaBenchmark[];
  benchmarkCount: number;
};

export type SotaArea = {
  slug: string;
  name: string;
  /** The area's tasks with the most results, at most SOTA_TASKS_PER_AREA. */
  tasks: SotaTask[];
  taskCount: number;
  benchmarkCount: number;
};

// The archive has twelve thousand benchmarks: the index shows each area's most reported tasks and each
// task's most reported benchmarks, and links to the area and task pages for the rest.
export const SOTA_TASKS_PER_AREA = 8;
export const SOTA_BENCHMARKS_PER_TASK = 4;

type SotaRow = {
  id: string;
  slug: string;
  taskId: string;
  taskSlug: string;
  taskName: string;
  areaSlug: string | null;
  areaName: string | null;
  areaPosition: number | null;
  dataset: string;
  parentDataset: string | null;
  resultCount: number | bigint;
};

async function readSotaIndex(): Promise<SotaArea[]> {
  // One pass over every benchmark with its published result count: plain SQL, a join Prisma would make in several.
  const rows = await prisma.$queryRaw<SotaRow[]>`
    SELECT b."id", b."slug", t."id" AS "taskId", t."slug" AS "taskSlug", t."name" AS "taskName",
           a."slug" AS "areaSlug", a."name" AS "areaName", a."position" AS "areaPosition",
           d."name" AS "dataset", p."name" AS "parentDataset",
           (SELECT count(*) FROM "Result" r WHERE r."benchmarkId" = b."id" AND r."status" = 'PUBLISHED') AS "resultCount"
    FROM "Benchmark" b
    JOIN "Task" t ON t."id" = b."taskId"
    LEFT JOIN "Area" a ON a."id" = t."areaId"
    JOIN "Dataset" d ON d."id" = b."datasetId"
    LEFT JOIN "Dataset" p ON p."id" = d."parentId"`;

  type TaskEntry = { id: string; slug: string; name: string; results: number; benchmarks: SotaRow[] };
  type AreaEntry = { slug: string; name: string; position: number; benchmarkCount: number; tasks: Map<string, TaskEntry> };
  const areas = new Map<string, AreaEntry>();
  for (const row of rows) {
    const areaSlug = row.areaSlug ?? "other";
    let area = areas.get(areaSlug);
    if (!area) {
      area = { slug: areaSlug, name: row.areaName ?? "Other", position: row.areaPosition ?? Number.MAX_SAFE_INTEGER, benchmarkCount: 0, tasks: new Map() };
      areas.set(areaSlug, area);
    }
    let task = area.tasks.get(row.taskId);
    if (!task) {
      task = { id: row.taskId, slug: row.taskSlug, name: row.taskName, results: 0, benchmarks: [] };
      area.tasks.set(row.taskId, task);
    }
    area.benchmarkCount += 1;
    task.results += Number(row.resultCount);
    task.benchmarks.push(row);
  }

  const byResults =
    <T extends { name: string }>(count: (item: T) => number) =>
    (a: T, b: T) =>
      count(b) - count(a) || a.name.localeCompare(b.name, "en");
  const shown = [...areas.values()].map((area) => ({
    area,
    tasks: [...area.tasks.values()]
      .sort(byResults((task) => task.results))
      .slice(0, SOTA_TASKS_PER_AREA)
      .map((task) => ({
        task,
        benchmarks: [...task.benchmarks]
          .sort((a, b) => Number(b.resultCount) - Number(a.resultCount) || a.dataset.localeCompare(b.dataset, "en"))
          .slice(0, SOTA_BENCHMARKS_PER_TASK),
      })),
  }));
  const shownTasks = shown.flatMap(({ tasks }) => tasks);
  const [synonyms, best] = await Promise.all([
    prisma.taskSynonym.findMany({ where: { taskId: { in: shownTasks.map(({ task }) => task.id) } }, select: { taskId: true, name: true } }),
    findCurrentBest(shownTasks.flatMap(({ benchmarks }) => benchmarks.map((benchmark) => benchmark.id))),
  ]);
  const bestOf = new Map(best.map((entry) => [entry.benchmarkId, entry]));

  return shown
    .sort((a, b) => a.area.position - b.area.position || a.area.name.localeCompare(b.area.name, "en"))
    .map(({ area, tasks }) => ({
      slug: area.slug,
      name: area.name,
      taskCount: area.tasks.size,
      benchmarkCount: area.benchmarkCount,
      tasks: tasks.map(({ task, benchmarks }) => ({
        slug: task.slug,
        name: task.name,
        synonyms: synonyms.filter((synonym) => synonym.taskId === task.id).map((synonym) => synonym.name),
        benchmarkCount: task.benchmarks.length,
        benchmarks: benchmarks.map((benchmark) => {
          const top = bestOf.get(benchmark.id);
          return {
            slug: benchmark.slug,
            dataset: benchmark.parentDataset ? `${benchmark.parentDataset} ${benchmark.dataset}` : benchmark.dataset,
            resultCount: Number(benchmark.resultCount),
            best: top ? { metric: top.metric.name, raw: top.raw, modelName: top.modelName } : null,
          };
        }),
      })),
    }));
}

/** The /sota index: by area, the most reported tasks with their most reported benchmarks and current best. */
export const getSotaIndex = unstable_cache(readSotaIndex, ["sota-index"], { tags: [tags.catalogue] });
