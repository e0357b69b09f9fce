// Reads Hugging Face's model-index (the YAML block of a model card's README.md) with a real YAML parser,
// keeping each value's text as written ("76.10" stays "76.10") and the line of every entry.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type YAMLMap } from "yaml";
import { AppError } from "@/lib/errors";

export type CardMetric = { type: string; name: string; value: string; config: string; verified: boolean | null; line: number };
export type CardDataset = { type: string; name: string; config: string; split: string; revision: string };
export type CardResult = {
  task: { type: string; name: string };
  dataset: CardDataset;
  metrics: CardMetric[];
  source: { name: string; url: string } | null;
  line: number;
};
export type CardModel = { name: string; results: CardResult[]; line: number };
/** Something of the card that could not be read, and was left out. */
export type CardProblem = { line: number; message: string };
export type ModelCard = { models: CardModel[]; arxivIds: string[]; problems: CardProblem[] };

/** A card that cannot be read at all: the message says what and, where known, on which line. */
export class ModelCardError extends AppError {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super("INVALID_INPUT", line ? `Line ${line}: ${message}` : message);
  }
}

export function isModelCardError(error: unknown): error is ModelCardError {
  return error instanceof ModelCardError;
}

const ARXIV_URL = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})/gi;
const ARXIV_TAG = /^arxiv:\s*(\S+?)(?:v\d+)?$/i;

/** The YAML of a README's front matter (between its first two `---` lines), or the whole text. */
function splitFrontMatter(text: string): { yaml: string; lineOffset: number; body: string } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start >= 0 && lines[start].trimEnd() === "---") {
    const end = lines.findIndex((line, index) => index > start && /^(?:---|\.\.\.)\s*$/.test(line));
    if (end > 0) return { yaml: lines.slice(start + 1, end).join("\n"), lineOffset: start + 1, body: lines.slice(end + 1).join("\n") };
  }
  return { yaml: lines.join("\n"), lineOffset: 0, body: "" };
}

function text(node: unknown): string {
  if (!isScalar(node) || node.value === null || node.value === undefined) return "";
  // A number keeps the digits it was written with, trailing zeros included.
  if (typeof node.value === "number" && node.source) return node.source.trim();
  return String(node.value).trim();
}

function mapOf(node: unknown): YAMLMap | null {
  return isMap(node) ? node : null;
}

function itemsOf(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/**
 * The card's models with their results. Throws ModelCardError for YAML that does not parse or that
 * holds no model-index; entries missing a required field are left out and listed in `problems`.
 */
export function parseModelCard(input: string): ModelCard {
  const { yaml, lineOffset, body } = splitFrontMatter(input);
  if (!yaml.trim()) throw new ModelCardError("The model card is empty: paste its README.md or its model-index YAML.");
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: false });
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | null)?.range;
    return range ? lineCounter.linePos(range[0]).line + lineOffset : lineOffset + 1;
  };
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos ? error.linePos[0].line + lineOffset : null;
    throw new ModelCardError(`the YAML does not parse: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}.`, line);
  }

  resolveAliases(doc);
  const root = doc.contents;
  const index = mapOf(root)?.get("model-index", true);
  const entries = isSeq(root) ? root.items : mapOf(root)?.has("results") ? [root] : isSeq(index) ? index.items : null;
  if (!entries) {
    throw new ModelCardError(
      "No model-index in this card. Paste the README.md whose YAML block (between the --- lines) has a `model-index:`, or that YAML itself.",
    );
  }

  const problems: CardProblem[] = [];
  const models = entries.flatMap((item): CardModel[] => {
    const entry = mapOf(item);
    if (!entry) {
      problems.push({ line: lineOf(item), message: "A model-index entry is not a mapping with `name` and `results`: left out." });
      return [];
    }
    const name = text(entry.get("name", true));
    if (!name) problems.push({ line: lineOf(entry), message: "A model-index entry has no `name`: give the model's name in the form." });
    const results = itemsOf(entry.get("results", true)).flatMap((result) => readResult(result, problems, lineOf));
    return [{ name, results, line: lineOf(entry) }];
  });

  const tags = itemsOf(mapOf(root)?.get("tags", true)).map((tag) => ARXIV_TAG.exec(text(tag))?.[1] ?? "");
  const sources = models.flatMap((model) => model.results.map((result) => result.source?.url ?? ""));
  const fromUrls = (urls: string) => [...urls.matchAll(ARXIV_URL)].map((match) => match[1]);
  const arxivIds = [...new Set([...fromUrls(sources.join(" ")), ...tags, ...fromUrls(body)].filter(Boolean))];
  return { models, arxivIds, problems };
}

// Anchors and aliases (&a / *a) are YAML: each alias becomes a copy of what it names, a bounded number of times.
const MAX_ALIASES = 10_000;

function resolveAliases(doc: Document.Parsed) {
  let count = 0;
  visit(doc, {
    Alias(_, alias) {
      if (++count > MAX_ALIASES) throw new ModelCardError(`More than ${MAX_ALIASES} aliases (*name): the card is too large to read.`);
      const target = alias.resolve(doc);
      return target ? (target.clone() as YamlNode) : visit.REMOVE;
    },
  });
}

function readResult(node: unknown, problems: CardProblem[], lineOf: (node: unknown) => number): CardResult[] {
  const result = mapOf(node);
  const line = lineOf(node);
  const task = mapOf(result?.get("task", true));
  const dataset = mapOf(result?.get("dataset", true));
  const taskType = text(task?.get("type", true)) || text(task?.get("name", true));
  const datasetType = text(dataset?.get("type", true)) || text(dataset?.get("name", true));
  if (!result || !taskType || !datasetType) {
    problems.push({ line, message: "A result without a task type or a dataset type and name: left out." });
    return [];
  }
  const metrics = itemsOf(result.get("metrics", true)).flatMap((item): CardMetric[] => {
    const metric = mapOf(item);
    const type = text(metric?.get("type", true)) || text(metric?.get("name", true));
    const value = text(metric?.get("value", true));
    if (!metric || !type || !value) {
      problems.push({ line: lineOf(item), message: `A metric without ${type ? "a value" : "a type"}: left out.` });
      return [];
    }
    const verified = metric.get("verified");
    return [
      {
        type,
        name: text(metric.get("name", true)),
        value,
        config: text(metric.get("config", true)),
        verified: typeof verified === "boolean" ? verified : null,
        line: lineOf(item),
      },
    ];
  });
  if (metrics.length === 0) {
    problems.push({ line, message: "A result without metrics: left out." });
    return [];
  }
  const source = mapOf(result.get("source", true));
  const sourceUrl = text(source?.get("url", true));
  return [
    {
      task: { type: taskType, name: text(task?.get("name", true)) },
      dataset: {
        type: datasetType,
        name: text(dataset?.get("name", true)) || datasetType,
        config: text(dataset?.get("config", true)),
        split: text(dataset?.get("split", true)),
        revision: text(dataset?.get("revision", true)),
      },
      metrics,
      source: sourceUrl ? { name: text(source?.get("name", true)), url: sourceUrl } : null,
      line,
    },
  ];
}
