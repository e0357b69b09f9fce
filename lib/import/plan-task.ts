import type { DatasetLinkInput } from "@/lib/catalogue/datasets";
import { cleanTitle, findUrl, identifyPaper, isCodeRepositoryUrl, type PaperIdentity } from "@/lib/catalogue/paper-identity";
import type { CodeRepositoryInput } from "@/lib/catalogue/papers";
import { AppError } from "@/lib/errors";
import { archiveRowExtras, resultExtras, type ResultExtras } from "@/lib/settings/result-extras";
import { parseMetricValue, type MetricValue } from "@/lib/values/parse-metric-value";
import { datasetName, describeIssue, jsonPath, PwcRowSchema, PwcTaskSchema, type PwcDataset, type PwcRow, type PwcTask } from "./pwc-format";

/** What one top-level task of the file asks to write: flat lists, parents by index, before their children. */
export type TaskTreePlan = {
  tasks: TaskPlan[];
  datasets: DatasetPlan[];
  tables: TablePlan[];
  skippedRows: { place: string; reason: string }[];
  unreadableValues: { place: string; raw: string }[];
  /** Rows identical to one before them in the same table: written once. */
  mergedRows: number;
};

export type TaskPlan = {
  name: string;
  description: string;
  synonyms: string[];
  category: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  parent: number | null;
};

export type DatasetPlan = { name: string; description: string; parent: number | null; links: DatasetLinkInput[] };

export type TablePlan = { task: number; dataset: number; metrics: string[]; rows: RowPlan[]; rowTexts?: Set<string> };

export type RowPlan = {
  place: string;
  modelName: string;
  paper: PaperIdentity | null;
  evaluatedAt: Date | null;
  usesExtraData: boolean;
  codeUrl: string | null;
  repositories: CodeRepositoryInput[];
  values: { metric: string; value: MetricValue }[];
  /** Settings from its markers and `uses_additional_data`, axes from its parameter columns (lib/settings). */
  extras: ResultExtras;
};

/**
 * Checks one element of the file's list and turns it into a plan. A task or dataset that does not fit
 * the format refuses the whole file (an AppError naming the place); a row that does not fit is skipped
 * and reported in the plan.
 */
export function planTask(element: unknown, index: number, fileName: string): TaskTreePlan {
  return readTask(element, index, fileName, true);
}

/**
 * Checks one element of the file's list as planTask does, without reading its rows (a row is never
 * fatal): what refuses a file, at a fraction of the cost.
 */
export function checkTask(element: unknown, index: number, fileName: string): void {
  readTask(element, index, fileName, false);
}

function readTask(element: unknown, index: number, fileName: string, withRows: boolean): TaskTreePlan {
  const parsed = PwcTaskSchema.safeParse(element);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", `${fileName}: not the PWC format at ${describeIssue(parsed.error, [index])}`);
  }
  const plan: TaskTreePlan = { tasks: [], datasets: [], tables: [], skippedRows: [], unreadableValues: [], mergedRows: 0 };
  addTask(plan, parsed.data, null, [index], { fileName, withRows });
  return plan;
}

type Reading = { fileName: string; withRows: boolean };

function addTask(plan: TaskTreePlan, task: PwcTask, parent: number | null, place: PropertyKey[], reading: Reading) {
  const name = task.task.replace(/\s+/g, " ");
  let taskIndex = plan.tasks.findIndex((known) => known.name === name);
  if (taskIndex === -1) {
    taskIndex =
      plan.tasks.push({
        name,
        description: task.description?.trim() ?? "",
        synonyms: (task.synonyms ?? []).map((synonym) => synonym.trim()).filter(Boolean),
        category: task.categories?.map((category) => category.trim()).find(Boolean) ?? null,
        sourceTitle: task.source_link?.title?.trim() || null,
        sourceUrl: task.source_link?.url?.trim() || null,
        parent,
      }) - 1;
  }
  task.datasets?.forEach((dataset, i) => addDataset(plan, taskIndex, dataset, null, [...place, "datasets", i], reading));
  task.subtasks?.forEach((subtask, i) => addTask(plan, subtask, taskIndex, [...place, "subtasks", i], reading));
}

function addDataset(plan: TaskTreePlan, task: number, dataset: PwcDataset, parent: number | null, place: PropertyKey[], reading: Reading) {
  const name = datasetName(dataset);
  if (!name) {
    throw new AppError("INVALID_INPUT", `${reading.fileName}: not the PWC format at ${jsonPath(place)}: a dataset needs a name ('dataset' or 'subdataset')`);
  }
  let datasetIndex = plan.datasets.findIndex((known) => known.name === name && known.parent === parent);
  if (datasetIndex === -1) {
    datasetIndex = plan.datasets.push({ name, description: dataset.description?.trim() ?? "", parent, links: [] }) - 1;
  }
  plan.datasets[datasetIndex].links.push(...links(dataset.dataset_links, "LINK"), ...links(dataset.dataset_citations, "CITATION"));

  const rows = dataset.sota?.rows ?? [];
  const listedMetrics = (dataset.sota?.metrics ?? []).map((metric) => metric.trim()).filter(Boolean);
  if (rows.length > 0 || listedMetrics.length > 0) {
    const table: TablePlan = { task, dataset: datasetIndex, metrics: [...new Set(listedMetrics)], rows: [] };
    if (reading.withRows) rows.forEach((row, i) => addRow(plan, table, row, [...place, "sota", "rows", i]));
    delete table.rowTexts;
    plan.tables.push(table);
  }
  dataset.subdatasets?.forEach((subset, i) => addDataset(plan, task, subset, datasetIndex, [...place, "subdatasets", i], reading));
}

function links(list: PwcDataset["dataset_links"], kind: DatasetLinkInput["kind"]): DatasetLinkInput[] {
  return (list ?? []).flatMap((link) => (link.url?.trim() ? [{ kind, title: link.title?.trim() ?? "", url: link.url.trim() }] : []));
}

function addRow(plan: TaskTreePlan, table: TablePlan, element: unknown, place: PropertyKey[]) {
  const rowPlace = jsonPath(place);
  const parsed = PwcRowSchema.safeParse(element);
  if (!parsed.success) {
    plan.skippedRows.push({ place: rowPlace, reason: describeIssue(parsed.error, []).replace(/^: /, "") });
    return;
  }
  const row = parsed.data;
  const text = JSON.stringify(element);
  table.rowTexts ??= new Set();
  if (table.rowTexts.has(text)) {
    plan.mergedRows += 1;
    return;
  }
  table.rowTexts.add(text);
  const values: RowPlan["values"] = [];
  for (const [key, reported] of Object.entries(row.metrics)) {
    const metric = key.trim();
    if (!metric || values.some((known) => known.metric === metric)) continue;
    const value = parseMetricValue(reported);
    if (value.value === null) plan.unreadableValues.push({ place: jsonPath([...place, "metrics", key]), raw: value.raw });
    values.push({ metric, value });
  }
  if (values.length === 0) {
    plan.skippedRows.push({ place: rowPlace, reason: "the row has no metric values" });
    return;
  }
  for (const { metric } of values) if (!table.metrics.includes(metric)) table.metrics.push(metric);

  const paper = identifyPaper(row.paper_title, row.paper_url);
  const repositories = codeRepositories(row);
  const modelName = cleanTitle(row.model_name) || paper?.title || "Unnamed model";
  table.rows.push({
    place: rowPlace,
    modelName,
    paper,
    evaluatedAt: parseDay(row.paper_date),
    usesExtraData: row.uses_additional_data ?? false,
    codeUrl: repositories[0]?.url ?? null,
    repositories,
    values,
    extras: withDumpedExtras(
      row,
      archiveRowExtras({
        modelName,
        usesAdditionalData: row.uses_additional_data,
        values: values.map(({ metric, value }) => ({ metric, value: value.value })),
      }),
    ),
  });
}

/** What one of our own dumps says of the row's settings and axes stands over what its markers and columns suggest. */
function withDumpedExtras(row: PwcRow, derived: ResultExtras): ResultExtras {
  const extras = { ...derived };
  if (row.settings) {
    extras.settings = resultExtras(row.settings, "", {}).settings;
    extras.settingNotes = row.setting_notes ?? "";
  }
  if (row.params !== undefined) extras.params = row.params;
  if (row.training_compute !== undefined) extras.trainingCompute = row.training_compute;
  if (row.inference_cost !== undefined) extras.inferenceCost = row.inference_cost;
  return extras;
}

const FRAMEWORKS: Record<string, string> = {
  pytorch: "PyTorch",
  torch: "Torch",
  tensorflow: "TensorFlow",
  keras: "Keras",
  jax: "JAX",
  mxnet: "MXNet",
  caffe: "Caffe",
  chainer: "Chainer",
  paddle: "PaddlePaddle",
  paddlepaddle: "PaddlePaddle",
};

// The code links, and the row's "paper" when it is a repository's address.
function codeRepositories(row: PwcRow): CodeRepositoryInput[] {
  const paperAddress = findUrl(row.paper_url) ?? findUrl(row.paper_title);
  const links = [...(row.code_links ?? [])];
  if (paperAddress && isCodeRepositoryUrl(paperAddress) && !links.some((link) => link.url?.trim() === paperAddress)) {
    links.push({ title: "", url: paperAddress });
  }
  return links.flatMap((link) => {
    const url = link.url?.trim();
    if (!url) return [];
    const title = link.title?.toLowerCase() ?? "";
    const framework = Object.entries(FRAMEWORKS).find(([word]) => new RegExp(`\\b${word}\\b`).test(title))?.[1] ?? null;
    return [{ url, isOfficial: /\bofficial\b/.test(title), framework }];
  });
}

// "2021-04-19" (possibly with a time after it); anything else is an unknown date.
function parseDay(text: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text?.trim() ?? "");
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? date : null;
}
