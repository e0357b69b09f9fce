// A model card's results as submissions for review: its task, dataset and metric names mapped onto
// the catalogue's, each mapping and each doubt noted beside the field it concerns.
import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/catalogue/slug";
import { inferDirection } from "@/lib/metrics/infer-direction";
import { containsText } from "@/lib/text-filter";
import { parseMetricValue } from "@/lib/values/parse-metric-value";
import type { CreateSubmission, ResultRow } from "@/lib/validations/submission";
import { DATASET_SYNONYMS, humanize, keysOf, metricKeys, nameKey, searchWords, TASK_SYNONYMS } from "./names";
import type { CardProblem, CardResult, ModelCard } from "./parse-card";

type Named = { id: string; slug: string; name: string };
type MetricChoice = CreateSubmission["benchmark"]["metrics"][number];

/** "mapped": the card's name is the catalogue's under another spelling; "new": proposed; "check": a doubt. */
export type NoteKind = "mapped" | "new" | "check";
/** A remark on one field of the form ("benchmark.task", "rows.0.values.1"), with values to click instead. */
export type FieldNote = { path: string; kind: NoteKind; message: string; suggestions: string[] };
export type CardDraft = { label: string; submission: CreateSubmission; notes: FieldNote[] };
export type CardDrafts = { drafts: CardDraft[]; problems: CardProblem[] };

const MAX_ROWS = 25;
const MAX_METRICS = 12;
const SUGGESTIONS = 5;
const NAMED = { id: true, slug: true, name: true } as const;
const PLACEHOLDER_CONFIGS = new Set(["default", "all", "plaintext", "main", "none", "full"]);

const quote = (text: string) => `“${text}”`;

/** The names to try in order: the pretty name, the identifier as words, and a known synonym. */
function candidatesOf(name: string, type: string, synonyms: Record<string, string[]>): string[] {
  const known = synonyms[nameKey(humanize(type))] ?? synonyms[nameKey(name)] ?? [];
  const bare = name.replace(/\s*\([^)]*\)\s*$/, "");
  const words = humanize(type);
  const spaced = slugify(words, "").replace(/([a-z])(\d)/g, "$1-$2");
  return [...new Set([name, bare, words, spaced, ...(known.length === 1 ? known : [])].filter(Boolean))];
}

async function findTask(db: Tx, names: string[]): Promise<Named | null> {
  for (const name of names) {
    const bySlug = await db.task.findUnique({ where: { slug: slugify(name) }, select: NAMED });
    if (bySlug) return bySlug;
    const word = searchWords(name).sort((a, b) => b.length - a.length)[0];
    if (!word) continue;
    const synonyms = await db.taskSynonym.findMany({ where: { name: containsText(word) }, select: { name: true, task: { select: NAMED } }, take: 100 });
    const synonym = synonyms.find((s) => nameKey(s.name) === nameKey(name));
    if (synonym) return synonym.task;
  }
  return null;
}

async function findDataset(db: Tx, names: string[], parent: Named | null): Promise<Named | null> {
  for (const name of names) {
    const slug = parent ? `${parent.slug}-${slugify(name)}` : slugify(name);
    const found = await db.dataset.findUnique({ where: { slug }, select: { ...NAMED, parentId: true } });
    if (found && found.parentId === (parent?.id ?? null)) return { id: found.id, slug: found.slug, name: found.name };
  }
  return null;
}

/** Catalogue names sharing the most words with the card's, then the synonyms that have several meanings. */
async function suggestNames(db: Tx, kind: "task" | "dataset", names: string[], synonyms: Record<string, string[]>): Promise<string[]> {
  const ambiguous = names.flatMap((name) => synonyms[nameKey(humanize(name))] ?? []);
  const words = [...new Set(names.flatMap(searchWords))].slice(0, 6);
  const where = { OR: words.map((word) => ({ name: containsText(word) })) };
  const rows =
    words.length === 0
      ? []
      : kind === "task"
        ? await db.task.findMany({ where, select: { name: true }, take: 200 })
        : await db.dataset.findMany({ where: { ...where, parentId: null }, select: { name: true }, take: 200 });
  const score = (name: string) => words.filter((word) => name.toLowerCase().includes(word)).length;
  const ranked = rows.map((row) => row.name).sort((a, b) => score(b) - score(a) || a.length - b.length);
  const given = new Set(names.map((name) => nameKey(humanize(name))));
  return [...new Set([...ambiguous, ...ranked])].filter((name) => !given.has(nameKey(name))).slice(0, SUGGESTIONS);
}

type Benchmark = { task: string; dataset: string; subset: string; metrics: MetricChoice[] };

/** Task, dataset, subset and the known benchmark's metrics for one result of the card, with notes. */
async function mapBenchmark(db: Tx, result: CardResult, notes: FieldNote[]): Promise<Benchmark> {
  const { task: cardTask, dataset: cardDataset } = result;
  const taskNames = candidatesOf(cardTask.name, cardTask.type, TASK_SYNONYMS);
  const task = await findTask(db, taskNames);
  const taskGiven = cardTask.name || cardTask.type;
  if (task && nameKey(task.name) !== nameKey(taskGiven))
    notes.push({ path: "benchmark.task", kind: "mapped", message: `From the card's task ${quote(taskGiven)}.`, suggestions: [] });
  if (!task) {
    const suggestions = await suggestNames(db, "task", [cardTask.type, cardTask.name], TASK_SYNONYMS);
    notes.push({ path: "benchmark.task", kind: "new", message: `No task ${quote(taskGiven)} in the catalogue: it will be proposed.`, suggestions });
  }

  const dataset = await findDataset(db, candidatesOf(cardDataset.name, cardDataset.type, DATASET_SYNONYMS), null);
  if (dataset && nameKey(dataset.name) !== nameKey(cardDataset.name)) {
    notes.push({
      path: "benchmark.dataset",
      kind: "mapped",
      message: `From the card's dataset ${quote(cardDataset.name)} (${cardDataset.type}).`,
      suggestions: [],
    });
  }
  if (!dataset) {
    const suggestions = await suggestNames(db, "dataset", [cardDataset.type, cardDataset.name], DATASET_SYNONYMS);
    notes.push({
      path: "benchmark.dataset",
      kind: "new",
      message: `No dataset ${quote(cardDataset.name)} in the catalogue: it will be proposed.`,
      suggestions,
    });
  }

  const subset = await mapSubset(db, result, dataset, notes);
  const evaluatedOn = subset.found ?? (subset.name ? null : dataset);
  const benchmark =
    task && evaluatedOn
      ? await db.benchmark.findUnique({
          where: { taskId_datasetId: { taskId: task.id, datasetId: evaluatedOn.id } },
          select: { metrics: { orderBy: { position: "asc" }, select: { name: true, direction: true, unit: true } } },
        })
      : null;
  return {
    task: task?.name ?? (cardTask.name || humanize(cardTask.type)),
    dataset: dataset?.name ?? cardDataset.name,
    subset: subset.name,
    metrics: benchmark?.metrics ?? [],
  };
}

/** The card's config and split name a subset when the dataset has one by that name ("clean" + "test" → "test-clean"). */
async function mapSubset(db: Tx, result: CardResult, dataset: Named | null, notes: FieldNote[]): Promise<{ name: string; found: Named | null }> {
  const { config, split, name, type } = result.dataset;
  const isPlaceholder = !config || PLACEHOLDER_CONFIGS.has(nameKey(config)) || [name, type].some((n) => nameKey(n) === nameKey(config));
  const ownConfig = isPlaceholder ? "" : config;
  if (!dataset) return { name: ownConfig, found: null };
  const candidates = [ownConfig, split, ownConfig && split && `${split}-${ownConfig}`, ownConfig && split && `${ownConfig}-${split}`].filter(Boolean);
  const found = await findDataset(db, candidates, dataset);
  if (found) {
    if (nameKey(found.name) !== nameKey(ownConfig)) {
      notes.push({
        path: "benchmark.subset",
        kind: "mapped",
        message: `From the card's ${[ownConfig && `config ${quote(ownConfig)}`, split && `split ${quote(split)}`].filter(Boolean).join(" and ")}.`,
        suggestions: [],
      });
    }
    return { name: found.name, found };
  }
  const subsets = (await db.dataset.findMany({ where: { parentId: dataset.id }, select: { name: true }, orderBy: { name: "asc" }, take: 20 })).map(
    (s) => s.name,
  );
  if (ownConfig) {
    notes.push({
      path: "benchmark.subset",
      kind: "new",
      message: `No subset ${quote(ownConfig)} of ${dataset.name}: it will be proposed.`,
      suggestions: subsets.slice(0, SUGGESTIONS),
    });
  } else if (split && subsets.length > 0) {
    notes.push({
      path: "benchmark.subset",
      kind: "check",
      message: `The card evaluates on the ${quote(split)} split; ${dataset.name} has subsets.`,
      suggestions: subsets.slice(0, SUGGESTIONS),
    });
  }
  return { name: ownConfig, found: null };
}

type Column = MetricChoice & { isKnown: boolean };

/** Which column a card metric goes to: a known metric under any of its names, else a proposed one. */
function columnFor(columns: Column[], given: { name: string; type: string }, notes: FieldNote[], unit: string): number {
  const keys = new Set([...metricKeys(given.name), ...metricKeys(given.type)]);
  const label = given.name || given.type;
  const known = columns.findIndex((column) => column.isKnown && metricKeys(column.name).some((key) => keys.has(key)));
  if (known >= 0) {
    const note: FieldNote = { path: `benchmark.metrics.${known}.name`, kind: "mapped", message: `From the card's metric ${quote(label)}.`, suggestions: [] };
    // Several models report the same metric: one note says it.
    if (!keysOf(columns[known].name).includes(nameKey(label)) && !notes.some((n) => n.path === note.path && n.message === note.message)) notes.push(note);
    return known;
  }
  const name = given.name || humanize(given.type);
  const same = columns.findIndex((column) => nameKey(column.name) === nameKey(name));
  if (same >= 0) return same;
  if (columns.length >= MAX_METRICS) return -1;
  columns.push({ name, ...inferDirection(name, unit ? [unit] : []), isKnown: false });
  const knownNames = columns.filter((column) => column.isKnown).map((column) => column.name);
  if (knownNames.length > 0) {
    const words = searchWords(name);
    const alike = knownNames.filter((known) => words.some((word) => known.toLowerCase().includes(word)));
    notes.push({
      path: `benchmark.metrics.${columns.length - 1}.name`,
      kind: "new",
      message: `Not a metric of this leaderboard: it will be proposed. Or is it one of its own?`,
      suggestions: (alike.length > 0 ? alike : knownNames).slice(0, SUGGESTIONS),
    });
  }
  return columns.length - 1;
}

/** 0.761 for a metric in % may be 76.1%: offered, never changed silently. */
function percentNote(path: string, column: Column, raw: string): FieldNote | null {
  const { value, unit } = parseMetricValue(raw);
  if (!column.isKnown || column.unit !== "%" || unit || value === null || value <= 0 || value > 1) return null;
  const percent = String(Number((value * 100).toPrecision(12)));
  return { path, kind: "check", message: `${column.name} is in % on this leaderboard: did the card mean ${percent}?`, suggestions: [percent] };
}

type Group = { key: string; results: { model: string; result: CardResult }[] };

function groupResults(card: ModelCard): Group[] {
  const groups = new Map<string, Group>();
  for (const model of card.models) {
    for (const result of model.results) {
      const { task, dataset } = result;
      const key = [task.type, dataset.type, dataset.config, dataset.split].map(nameKey).join("|");
      const group = groups.get(key) ?? groups.set(key, { key, results: [] }).get(key)!;
      group.results.push({ model: model.name, result });
    }
  }
  return [...groups.values()];
}

function evidenceOf(result: CardResult): string {
  const url = result.source?.url ?? "";
  return /^https?:\/\/\S+$/.test(url) && url.length <= 300 ? url : "Hugging Face model card (model-index)";
}

function commentOf(group: Group): string {
  const { dataset } = group.results[0].result;
  const details = [
    `type ${dataset.type}`,
    dataset.config && `config ${dataset.config}`,
    dataset.split && `split ${dataset.split}`,
    dataset.revision && `revision ${dataset.revision}`,
  ];
  const verified = group.results.flatMap(({ model, result }) => {
    const names = result.metrics.filter((metric) => metric.verified).map((metric) => metric.name || metric.type);
    return names.length > 0 ? [`${model}: ${names.join(", ")}`] : [];
  });
  const sources = [...new Set(group.results.flatMap(({ result }) => (result.source ? [`${result.source.name} ${result.source.url}`.trim()] : [])))];
  return [
    "Read from a model card's model-index.",
    `Dataset in the card: ${details.filter(Boolean).join(", ")}.`,
    verified.length > 0 ? `Verified by Hugging Face: ${verified.join("; ")}.` : "Self-reported: no value is marked verified by Hugging Face.",
    sources.length > 0 ? `Source: ${sources.join("; ")}.` : "",
  ]
    .filter(Boolean)
    .join("\n")
    .slice(0, 2000);
}

/** The paper: the one the card names by arXiv id, unless the caller names it; doubts noted. */
function paperOf(card: ModelCard, given: Partial<CreateSubmission["paper"]> | undefined, notes: FieldNote[]): CreateSubmission["paper"] {
  const urls = card.arxivIds.map((id) => `https://arxiv.org/abs/${id}`);
  const paper = { ref: urls[0] ?? "", title: "", authors: "", publishedAt: "", ...given };
  if (given?.ref || given?.title) return paper;
  if (urls.length > 1)
    notes.push({
      path: "paper.ref",
      kind: "check",
      message: "The card names several papers on arXiv: is it the first?",
      suggestions: urls.slice(1, 1 + SUGGESTIONS),
    });
  if (urls.length === 0)
    notes.push({
      path: "paper.ref",
      kind: "check",
      message: "The card names no paper on arXiv: give the paper's arXiv id or address, or its title.",
      suggestions: [],
    });
  return paper;
}

async function draftGroup(
  db: Tx,
  card: ModelCard,
  group: Group,
  paperGiven: Partial<CreateSubmission["paper"]> | undefined,
  problems: CardProblem[],
): Promise<CardDraft[]> {
  const notes: FieldNote[] = [];
  const benchmark = await mapBenchmark(db, group.results[0].result, notes);
  const columns: Column[] = benchmark.metrics.map((metric) => ({ ...metric, isKnown: true }));
  const rows: ResultRow[] = [];
  const cells: Map<number, string>[] = [];
  const rowNotes: FieldNote[] = [];
  for (const { model, result } of group.results) {
    const values = new Map<number, string>();
    for (const metric of result.metrics) {
      const column = columnFor(columns, metric, notes, parseMetricValue(metric.value).unit);
      if (column < 0) {
        problems.push({ line: metric.line, message: `More than ${MAX_METRICS} metrics on one benchmark: ${quote(metric.name || metric.type)} left out.` });
      } else if (!values.has(column)) {
        values.set(column, metric.value);
        const note = percentNote(`rows.${rows.length}.values.${column}`, columns[column], metric.value);
        if (note) rowNotes.push(note);
      }
    }
    cells.push(values);
    rows.push({ modelName: model, values: [], usesExtraData: false, extraData: "", codeUrl: "", evaluatedAt: "", evidence: evidenceOf(result) });
  }
  rows.forEach((row, index) => (row.values = columns.map((_, column) => cells[index].get(column) ?? "")));
  const paper = paperOf(card, paperGiven, notes);
  const metrics = columns.map(({ name, direction, unit }) => ({ name, direction, unit }));
  const { dataset } = group.results[0].result;
  const label = `${benchmark.task} on ${benchmark.dataset}${benchmark.subset ? ` ${benchmark.subset}` : ""}${dataset.split && !benchmark.subset ? ` (${dataset.split} split)` : ""}`;
  const drafts: CardDraft[] = [];
  for (let start = 0; start < rows.length; start += MAX_ROWS) {
    const inChunk = (note: FieldNote) => {
      const index = Number(/^rows\.(\d+)\./.exec(note.path)?.[1]);
      return index >= start && index < start + MAX_ROWS;
    };
    const shifted = rowNotes.filter(inChunk).map((note) => ({ ...note, path: note.path.replace(/^rows\.(\d+)/, (_, n) => `rows.${Number(n) - start}`) }));
    drafts.push({
      label: rows.length > MAX_ROWS ? `${label}, results ${start + 1}–${Math.min(rows.length, start + MAX_ROWS)}` : label,
      submission: { benchmark: { ...benchmark, metrics }, paper, rows: rows.slice(start, start + MAX_ROWS), comment: commentOf(group) },
      notes: [...notes, ...shifted],
    });
  }
  return drafts;
}

/**
 * One draft submission per benchmark the card reports on (task, dataset, config and split), each row a
 * model, each value as written. Names are mapped onto the catalogue's; what is unknown is proposed, as the
 * form does; `paper` overrides the paper the card names. Reads only: nothing is written.
 */
export async function draftSubmissions(db: Tx, card: ModelCard, options: { paper?: Partial<CreateSubmission["paper"]> } = {}): Promise<CardDrafts> {
  const problems = [...card.problems];
  const drafts: CardDraft[] = [];
  for (const group of groupResults(card)) drafts.push(...(await draftGroup(db, card, group, options.paper, problems)));
  return { drafts, problems };
}
