// Leaderboards and papers as Hugging Face model-index YAML, the format parse-card.ts reads back.
import { Document, Scalar } from "yaml";
import { slugify } from "@/lib/catalogue/slug";

/** One reported value: the metric's name and the value as reported. */
export type ExportValue = { metric: string; raw: string };
/** One result of one model on one benchmark, with where it comes from. */
export type ExportResult = {
  model: string;
  task: { slug: string; name: string };
  /** The dataset, and its subset when the benchmark is on one (written as the dataset's config). */
  dataset: { slug: string; name: string; subset: string | null };
  values: ExportValue[];
  source: { name: string; url: string };
};

// A plain decimal is written as a YAML number with the digits reported ("76.10"); anything else as text.
const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.(\d+))?$/;

function valueNode(raw: string): Scalar {
  const match = PLAIN_DECIMAL.exec(raw);
  if (!match) return new Scalar(raw);
  const node = new Scalar(Number(raw));
  node.minFractionDigits = match[1]?.length ?? 0;
  return node;
}

function resultEntry(result: ExportResult) {
  const { task, dataset } = result;
  return {
    task: { type: task.slug, name: task.name },
    dataset: { type: dataset.slug, name: dataset.name, ...(dataset.subset ? { config: dataset.subset } : {}) },
    metrics: result.values.map((value) => ({ type: slugify(value.metric, "metric"), name: value.metric, value: valueNode(value.raw) })),
    source: result.source,
  };
}

/**
 * `model-index:` with one entry per model in the order given (a model's results in one entry when they
 * follow each other), ready to paste into a model card's YAML block. Results without values are left out.
 */
export function modelIndexYaml(results: ExportResult[], comment: string): string {
  const entries: { name: string; results: ReturnType<typeof resultEntry>[] }[] = [];
  for (const result of results.filter((r) => r.values.length > 0)) {
    const last = entries.at(-1);
    if (last?.name === result.model) last.results.push(resultEntry(result));
    else entries.push({ name: result.model, results: [resultEntry(result)] });
  }
  const doc = new Document({ "model-index": entries }, { aliasDuplicateObjects: false });
  doc.commentBefore = comment
    .split("\n")
    .map((line) => ` ${line}`)
    .join("\n");
  return doc.toString({ lineWidth: 0 });
}
