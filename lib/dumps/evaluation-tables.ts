// The whole approved catalogue in the PWC archive's evaluation-tables.json format (docs/design.md, "Data formats"),
// as lib/import reads it: importing this file into an empty database and writing it again gives the same bytes.
import { fallbackPaperTitle } from "@/lib/catalogue/paper-identity";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { rowExtrasJson, ROW_EXTRAS_SELECT, type RowExtrasOut } from "./row-extras";
import { byCodePoint, writeJsonLines, type Sink } from "./sink";

type Link = { title: string | null; url: string | null };

/** The archive's row, then the keys this site adds (row-extras.ts): old readers ignore those. */
export type PwcRowOut = {
  code_links: Link[];
  metrics: Record<string, string>;
  model_links: never[];
  model_name: string;
  paper_date: string | null;
  paper_title: string;
  paper_url: string;
  uses_additional_data: boolean;
} & RowExtrasOut;

type Sota = { metrics: string[]; rows: PwcRowOut[] };

type DatasetOut = {
  dataset?: string;
  dataset_citations: Link[];
  dataset_links: Link[];
  description: string;
  sota: Sota;
  subdataset?: string;
  subdatasets: DatasetOut[];
};

export type PwcTaskOut = {
  categories: string[];
  datasets: DatasetOut[];
  description: string;
  source_link: Link | null;
  subtasks: PwcTaskOut[];
  synonyms: string[];
  task: string;
};

const taskSelect = {
  id: true,
  name: true,
  description: true,
  parentId: true,
  areaId: true,
  area: { select: { name: true } },
  synonyms: { select: { name: true } },
  sourceTitle: true,
  sourceUrl: true,
} satisfies Prisma.TaskSelect;

const benchmarkSelect = {
  taskId: true,
  datasetId: true,
  metrics: { orderBy: { position: "asc" }, select: { id: true, name: true } },
  results: {
    where: { status: "PUBLISHED", values: { some: {} } },
    select: {
      modelName: true,
      evaluatedAt: true,
      usesExtraData: true,
      codeUrl: true,
      ...ROW_EXTRAS_SELECT,
      values: { select: { metricId: true, raw: true } },
      paper: {
        select: {
          title: true,
          url: true,
          pdfUrl: true,
          arxivId: true,
          repositories: { select: { url: true, isOfficial: true, framework: true } },
        },
      },
    },
  },
} satisfies Prisma.BenchmarkSelect;

const datasetSelect = {
  id: true,
  name: true,
  description: true,
  parentId: true,
  links: { orderBy: { position: "asc" }, select: { kind: true, title: true, url: true } },
} satisfies Prisma.DatasetSelect;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;
type BenchmarkRow = Prisma.BenchmarkGetPayload<{ select: typeof benchmarkSelect }>;
type ResultRow = BenchmarkRow["results"][number];
type DatasetRow = Prisma.DatasetGetPayload<{ select: typeof datasetSelect }>;

/**
 * Writes every task tree, one top-level task per line, reading one tree at a time: memory holds a tree,
 * never the catalogue. Only published results; tasks, datasets and their links as they stand.
 */
export async function writeEvaluationTables(sink: Sink): Promise<void> {
  const tasks = await prisma.task.findMany({ select: { id: true, name: true, parentId: true } });
  const known = new Set(tasks.map((task) => task.id));
  const childrenOf = new Map<string | null, typeof tasks>();
  for (const task of tasks) {
    const parent = task.parentId && known.has(task.parentId) ? task.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), task]);
  }
  const roots = (childrenOf.get(null) ?? []).sort((a, b) => byCodePoint(a.name, b.name));
  await writeJsonLines(
    sink,
    readTrees(
      roots.map((root) => root.id),
      childrenOf,
    ),
  );
  await sink.write("\n");
}

async function* readTrees(rootIds: string[], childrenOf: Map<string | null, { id: string }[]>): AsyncGenerator<PwcTaskOut> {
  for (const rootId of rootIds) {
    const treeIds: string[] = [];
    const visit = (id: string) => {
      treeIds.push(id);
      for (const child of childrenOf.get(id) ?? []) visit(child.id);
    };
    visit(rootId);
    yield await readTree(rootId, treeIds);
  }
}

async function readTree(rootId: string, treeIds: string[]): Promise<PwcTaskOut> {
  const [tasks, benchmarks] = await Promise.all([
    prisma.task.findMany({ where: { id: { in: treeIds } }, select: taskSelect }),
    prisma.benchmark.findMany({ where: { taskId: { in: treeIds } }, select: benchmarkSelect }),
  ]);
  // A benchmark with no metric and no result holds nothing the format can carry back.
  const carried = benchmarks.filter((benchmark) => benchmark.metrics.length > 0 || benchmark.results.length > 0);
  const datasets = await readDatasetsWithAncestors(carried.map((benchmark) => benchmark.datasetId));
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return taskJson(byId.get(rootId)!, null, byId, carried, datasets);
}

async function readDatasetsWithAncestors(ids: string[]): Promise<Map<string, DatasetRow>> {
  const datasets = new Map<string, DatasetRow>();
  let missing = [...new Set(ids)];
  while (missing.length > 0) {
    const found = await prisma.dataset.findMany({ where: { id: { in: missing } }, select: datasetSelect });
    for (const dataset of found) datasets.set(dataset.id, dataset);
    missing = [...new Set(found.flatMap((dataset) => (dataset.parentId && !datasets.has(dataset.parentId) ? [dataset.parentId] : [])))];
  }
  return datasets;
}

function taskJson(
  task: TaskRow,
  parent: TaskRow | null,
  tasks: Map<string, TaskRow>,
  benchmarks: BenchmarkRow[],
  datasets: Map<string, DatasetRow>,
): PwcTaskOut {
  // A subtask without a category takes its parent's area on import: name an area only where it differs.
  const hasOwnArea = task.area && (!parent || parent.areaId !== task.areaId);
  const subtasks = [...tasks.values()].filter((other) => other.parentId === task.id).sort((a, b) => byCodePoint(a.name, b.name));
  return {
    categories: hasOwnArea ? [task.area!.name] : [],
    datasets: datasetForest(
      benchmarks.filter((benchmark) => benchmark.taskId === task.id),
      datasets,
    ),
    description: task.description.trim(),
    source_link: task.sourceTitle || task.sourceUrl ? { title: task.sourceTitle, url: task.sourceUrl } : null,
    subtasks: subtasks.map((subtask) => taskJson(subtask, task, tasks, benchmarks, datasets)),
    synonyms: task.synonyms.map((synonym) => synonym.name).sort(byCodePoint),
    task: task.name,
  };
}

/** The task's benchmarked datasets as the format nests them: a subset under its dataset, each with its table. */
function datasetForest(benchmarks: BenchmarkRow[], datasets: Map<string, DatasetRow>): DatasetOut[] {
  const benchmarkOf = new Map(benchmarks.map((benchmark) => [benchmark.datasetId, benchmark]));
  const shown = new Set<string>();
  for (const benchmark of benchmarks) {
    for (let id: string | null = benchmark.datasetId; id && datasets.has(id) && !shown.has(id); id = datasets.get(id)!.parentId) shown.add(id);
  }
  const node = (dataset: DatasetRow, isSubset: boolean): DatasetOut => {
    const links = (kind: "LINK" | "CITATION") => dataset.links.filter((link) => link.kind === kind).map((link) => ({ title: link.title, url: link.url }));
    const subsets = [...shown].map((id) => datasets.get(id)!).filter((other) => other.parentId === dataset.id);
    const benchmark = benchmarkOf.get(dataset.id);
    return {
      ...(isSubset ? {} : { dataset: dataset.name }),
      dataset_citations: links("CITATION"),
      dataset_links: links("LINK"),
      description: dataset.description.trim(),
      sota: benchmark ? sotaJson(benchmark) : { metrics: [], rows: [] },
      ...(isSubset ? { subdataset: dataset.name } : {}),
      subdatasets: subsets.sort((a, b) => byCodePoint(a.name, b.name)).map((subset) => node(subset, true)),
    };
  };
  const roots = [...shown].map((id) => datasets.get(id)!).filter((dataset) => !dataset.parentId || !shown.has(dataset.parentId));
  return roots.sort((a, b) => byCodePoint(a.name, b.name)).map((dataset) => node(dataset, false));
}

function sotaJson(benchmark: BenchmarkRow): Sota {
  const rows = benchmark.results.map((result) => rowJson(result, benchmark.metrics));
  const keys = new Map(rows.map((row) => [row, JSON.stringify(row)]));
  // By date, then model: an order that the rows themselves decide, so that it survives a round trip.
  rows.sort(
    (a, b) =>
      byCodePoint(a.paper_date ?? "\uffff", b.paper_date ?? "\uffff") || byCodePoint(a.model_name, b.model_name) || byCodePoint(keys.get(a)!, keys.get(b)!),
  );
  return { metrics: benchmark.metrics.map((metric) => metric.name), rows };
}

function rowJson(result: ResultRow, metrics: { id: string; name: string }[]): PwcRowOut {
  const paper = result.paper;
  return {
    code_links: codeLinks(result),
    metrics: Object.fromEntries(
      metrics.flatMap((metric) => {
        const value = result.values.find((v) => v.metricId === metric.id);
        return value ? [[metric.name, value.raw]] : [];
      }),
    ),
    model_links: [],
    model_name: result.modelName,
    paper_date: isoDay(result.evaluatedAt) || null,
    // A title that only stands in for a missing one (its arXiv id or address) is left out, as the archive did.
    paper_title: paper && paper.title !== fallbackPaperTitle(paper) ? paper.title : "",
    paper_url: paper ? (paper.url ?? paper.pdfUrl ?? "") : "",
    uses_additional_data: result.usesExtraData,
    ...rowExtrasJson(result),
  };
}

/** The row's own code first (its result's), then the paper's other repositories: officials first, by address. */
function codeLinks(result: ResultRow): Link[] {
  const repositories = [...(result.paper?.repositories ?? [])].sort((a, b) => Number(b.isOfficial) - Number(a.isOfficial) || byCodePoint(a.url, b.url));
  const own = result.codeUrl
    ? (repositories.find((repository) => repository.url === result.codeUrl) ?? { url: result.codeUrl, isOfficial: false, framework: null })
    : null;
  const ordered = own ? [own, ...repositories.filter((repository) => repository !== own)] : repositories;
  // The importer reads "official" and the framework back from the link's title.
  return ordered.map((repository) => ({
    title: [repository.isOfficial ? "official" : "", repository.framework ?? ""].filter(Boolean).join(" "),
    url: repository.url,
  }));
}
