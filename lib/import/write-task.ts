import { createHash } from "node:crypto";
import { findOrCreateAreas } from "@/lib/catalogue/areas";
import { findOrCreateBenchmarks, findOrCreateMetricsOfBenchmarks } from "@/lib/catalogue/benchmarks";
import { findOrCreateDatasets, type DatasetRef } from "@/lib/catalogue/datasets";
import { upsertPapers, type PaperInput } from "@/lib/catalogue/papers";
import { upsertResults, type ResultInput } from "@/lib/catalogue/results";
import { findOrCreateTasks, type TaskRef } from "@/lib/catalogue/tasks";
import type { Tx } from "@/lib/db";
import { linkBaselines } from "@/lib/contests/baselines";
import { keepChangedValuesApart, openImportContests } from "@/lib/contests/import-contests";
import type { ImportTally } from "./import-tally";
import type { RowPlan, TablePlan, TaskTreePlan } from "./plan-task";

/** How often each (benchmark, model, paper) has come up so far in the file: identical rows stay distinct. */
export type Occurrences = Map<string, number>;

type Table = TablePlan & { benchmarkId: string; taskId: string; datasetId: string; metricIds: Map<string, string> };

/** Which file an import reads, and when it started: kept on each row it creates (Result.origin). */
export type ImportOrigin = string;

/** Writes one top-level task of the file, inside the caller's transaction. */
export async function writeTaskPlan(tx: Tx, plan: TaskTreePlan, tally: ImportTally, occurrences: Occurrences, origin: ImportOrigin = "") {
  return writeTaskPlans(tx, [plan], tally, occurrences, origin);
}

/**
 * Writes several top-level tasks of the file, in order, inside the caller's transaction: each kind of
 * row is looked up and created for all of them at once, in a few statements, whatever their number.
 * A row that gives a published result other values is kept beside it and contested, and a baseline
 * from another paper's table is linked to its original row (lib/contests): returns how many of each.
 */
export async function writeTaskPlans(
  tx: Tx,
  plans: TaskTreePlan[],
  tally: ImportTally,
  occurrences: Occurrences,
  origin: ImportOrigin = "",
): Promise<{ contests: number; baselines: number }> {
  const taskRefs = await writeTasks(tx, plans, tally);
  const datasetRefs = await writeDatasets(tx, plans, tally);

  const planned = plans.flatMap((plan, p) => plan.tables.map((table) => ({ table, task: taskRefs[p][table.task], dataset: datasetRefs[p][table.dataset] })));
  const benchmarks = await findOrCreateBenchmarks(tx, planned);
  const metrics = await findOrCreateMetricsOfBenchmarks(
    tx,
    planned.map(({ table }, i) => ({
      benchmarkId: benchmarks[i].id,
      metrics: metricInputs(table),
    })),
  );
  const tables: Table[] = planned.map(({ table, task, dataset }, i) => {
    const benchmark = benchmarks[i];
    const { metricIds, created } = metrics[i];
    tally.record("benchmarks", benchmark.id, created > 0 && benchmark.outcome === "unchanged" ? "updated" : benchmark.outcome);
    return { ...table, benchmarkId: benchmark.id, taskId: task.id, datasetId: dataset.id, metricIds };
  });

  const papers = await upsertPapers(tx, tables.flatMap(paperInputs));
  for (const paper of papers.values()) tally.record("papers", paper.id, paper.outcome);
  const inputs = tables.flatMap((table) =>
    table.rows.map((row) => ({ ...resultInput(table, row, row.paper ? papers.get(row.paper.sourceKey)!.id : null, occurrences), origin })),
  );
  const versions = await keepChangedValuesApart(tx, inputs);
  const results = await upsertResults(tx, inputs);
  const tableOf = new Map(tables.map((table) => [table.benchmarkId, table]));
  results.forEach((result, i) => {
    tally.record("results", result.id, result.outcome);
    if (result.outcome === "unchanged") return;
    const table = tableOf.get(inputs[i].benchmarkId)!;
    tally.touch("benchmarks", table.benchmarkId);
    tally.touch("tasks", table.taskId);
    tally.touch("datasets", table.datasetId);
    if (inputs[i].paperId) tally.touch("papers", inputs[i].paperId);
  });
  const created = results.flatMap((result, i) => (result.outcome === "created" ? [{ ...inputs[i], id: result.id, origin }] : []));
  const contests = await openImportContests(tx, created, versions);
  return { contests, baselines: await linkBaselines(tx, [...tableOf.keys()]) };
}

/** Each item's depth in its plan's tree: parents come before their children. */
function depths(items: { parent: number | null }[]): number[] {
  const result: number[] = [];
  for (const item of items) result.push(item.parent === null ? 0 : result[item.parent] + 1);
  return result;
}

// A level of the tree at a time, so that every parent exists before its children are written.
async function writeTasks(tx: Tx, plans: TaskTreePlan[], tally: ImportTally): Promise<TaskRef[][]> {
  const categories = [...new Set(plans.flatMap((plan) => plan.tasks.flatMap((task) => (task.category ? [task.category] : []))))];
  const areas = await findOrCreateAreas(tx, categories);
  const areaOf = new Map(categories.map((category, i) => [category, areas[i].id]));
  const refs: TaskRef[][] = plans.map(() => []);
  const levels = plans.map((plan) => depths(plan.tasks));
  const deepest = Math.max(-1, ...levels.flat());
  for (let level = 0; level <= deepest; level++) {
    const at = plans.flatMap((plan, p) => plan.tasks.flatMap((task, t) => (levels[p][t] === level ? [{ task, p, t }] : [])));
    const written = await findOrCreateTasks(
      tx,
      at.map(({ task, p }) => {
        const parent = task.parent === null ? null : refs[p][task.parent];
        return {
          name: task.name,
          description: task.description,
          synonyms: task.synonyms,
          sourceTitle: task.sourceTitle,
          sourceUrl: task.sourceUrl,
          parentId: parent?.id ?? null,
          areaId: task.category ? areaOf.get(task.category)! : (parent?.areaId ?? null),
        };
      }),
    );
    at.forEach(({ p, t }, i) => {
      tally.record("tasks", written[i].id, written[i].outcome);
      refs[p][t] = written[i];
    });
  }
  return refs;
}

async function writeDatasets(tx: Tx, plans: TaskTreePlan[], tally: ImportTally): Promise<DatasetRef[][]> {
  const refs: DatasetRef[][] = plans.map(() => []);
  const levels = plans.map((plan) => depths(plan.datasets));
  const deepest = Math.max(-1, ...levels.flat());
  for (let level = 0; level <= deepest; level++) {
    const at = plans.flatMap((plan, p) => plan.datasets.flatMap((dataset, d) => (levels[p][d] === level ? [{ dataset, p, d }] : [])));
    const written = await findOrCreateDatasets(
      tx,
      at.map(({ dataset, p }) => ({
        name: dataset.name,
        description: dataset.description,
        links: dataset.links,
        parent: dataset.parent === null ? null : refs[p][dataset.parent],
      })),
    );
    at.forEach(({ p, d }, i) => {
      tally.record("datasets", written[i].id, written[i].outcome);
      refs[p][d] = written[i];
    });
  }
  return refs;
}

// Each metric with the units its readable values were reported in, to infer its own.
function metricInputs(table: TablePlan) {
  const units = new Map<string, string[]>(table.metrics.map((name) => [name, []]));
  for (const row of table.rows) {
    for (const { metric, value } of row.values) if (value.value !== null) units.get(metric)?.push(value.unit);
  }
  return table.metrics.map((name) => ({ name, valueUnits: units.get(name)! }));
}

function paperInputs(table: Table): PaperInput[] {
  return table.rows.flatMap((row) =>
    row.paper
      ? [
          {
            ...row.paper,
            publishedAt: row.evaluatedAt,
            repositories: row.repositories,
            taskIds: [table.taskId],
            datasetIds: [table.datasetId],
          },
        ]
      : [],
  );
}

function resultInput(table: Table, row: RowPlan, paperId: string | null, occurrences: Occurrences): ResultInput {
  const identity = [table.benchmarkId, row.modelName, row.paper?.sourceKey ?? ""].join("\u0000");
  const occurrence = occurrences.get(identity) ?? 0;
  occurrences.set(identity, occurrence + 1);
  return {
    benchmarkId: table.benchmarkId,
    sourceKey: `pwc:${createHash("sha256").update(`${identity}\u0000${occurrence}`).digest("base64url").slice(0, 32)}`,
    source: "PWC_ARCHIVE",
    modelName: row.modelName,
    paperId,
    codeUrl: row.codeUrl,
    evaluatedAt: row.evaluatedAt,
    usesExtraData: row.usesExtraData,
    ...row.extras,
    values: row.values.map(({ metric, value }) => ({
      metricId: table.metricIds.get(metric)!,
      raw: value.raw,
      value: value.value,
      uncertainty: value.uncertainty,
    })),
  };
}
