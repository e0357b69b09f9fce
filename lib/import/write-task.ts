import { createHash } from "node:crypto";
import { findOrCreateArea } from "@/lib/catalogue/areas";
import { findOrCreateBenchmark, findOrCreateMetrics } from "@/lib/catalogue/benchmarks";
import { findOrCreateDataset, type DatasetRef } from "@/lib/catalogue/datasets";
import { upsertPapers, type PaperInput } from "@/lib/catalogue/papers";
import { upsertResults, type ResultInput } from "@/lib/catalogue/results";
import { findOrCreateTask, type TaskRef } from "@/lib/catalogue/tasks";
import type { Tx } from "@/lib/catalogue/types";
import type { ImportTally } from "./import-tally";
import type { RowPlan, TablePlan, TaskTreePlan } from "./plan-task";

/** How often each (benchmark, model, paper) has come up so far in the file: identical rows stay distinct. */
export type Occurrences = Map<string, number>;

type Table = TablePlan & { benchmarkId: string; taskId: string; datasetId: string; metricIds: Map<string, string> };

/** Writes one top-level task of the file, inside the caller's transaction. */
export async function writeTaskPlan(tx: Tx, plan: TaskTreePlan, tally: ImportTally, occurrences: Occurrences) {
  const taskRefs = await writeTasks(tx, plan, tally);
  const datasetRefs = await writeDatasets(tx, plan, tally);
  const tables: Table[] = [];
  for (const table of plan.tables) {
    const task = taskRefs[table.task];
    const dataset = datasetRefs[table.dataset];
    const benchmark = await findOrCreateBenchmark(tx, task, dataset);
    const { metricIds, created } = await findOrCreateMetrics(
      tx,
      benchmark.id,
      table.metrics.map((name) => ({ name, valueUnits: valueUnits(table.rows, name) })),
    );
    tally.record("benchmarks", benchmark.id, created > 0 && benchmark.outcome === "unchanged" ? "updated" : benchmark.outcome);
    tables.push({ ...table, benchmarkId: benchmark.id, taskId: task.id, datasetId: dataset.id, metricIds });
  }

  const papers = await upsertPapers(tx, tables.flatMap(paperInputs));
  for (const paper of papers.values()) tally.record("papers", paper.id, paper.outcome);

  const inputs = tables.flatMap((table) =>
    table.rows.map((row) => resultInput(table, row, row.paper ? papers.get(row.paper.sourceKey)!.id : null, occurrences)),
  );
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
}

async function writeTasks(tx: Tx, plan: TaskTreePlan, tally: ImportTally): Promise<TaskRef[]> {
  const refs: TaskRef[] = [];
  for (const task of plan.tasks) {
    const parent = task.parent === null ? null : refs[task.parent];
    const areaId = task.category ? (await findOrCreateArea(tx, task.category)).id : (parent?.areaId ?? null);
    const ref = await findOrCreateTask(tx, {
      name: task.name,
      description: task.description,
      synonyms: task.synonyms,
      sourceTitle: task.sourceTitle,
      sourceUrl: task.sourceUrl,
      parentId: parent?.id ?? null,
      areaId,
    });
    tally.record("tasks", ref.id, ref.outcome);
    refs.push(ref);
  }
  return refs;
}

async function writeDatasets(tx: Tx, plan: TaskTreePlan, tally: ImportTally): Promise<DatasetRef[]> {
  const refs: DatasetRef[] = [];
  for (const dataset of plan.datasets) {
    const parent = dataset.parent === null ? null : refs[dataset.parent];
    const ref = await findOrCreateDataset(tx, {
      name: dataset.name,
      description: dataset.description,
      links: dataset.links,
      parent,
    });
    tally.record("datasets", ref.id, ref.outcome);
    refs.push(ref);
  }
  return refs;
}

function valueUnits(rows: RowPlan[], metric: string): string[] {
  return rows.flatMap((row) =>
    row.values.flatMap(({ metric: name, value }) => (name === metric && value.value !== null ? [value.unit] : [])),
  );
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
    values: row.values.map(({ metric, value }) => ({
      metricId: table.metricIds.get(metric)!,
      raw: value.raw,
      value: value.value,
      uncertainty: value.uncertainty,
    })),
  };
}
