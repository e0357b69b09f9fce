// What a resubmission changed: the replaced payload against the new one, field by field, in words a
// moderator reads ("Row 1 (ViT-H/14) · Top 1 Accuracy"), for the review page.

export type PayloadChange = { field: string; before: string; after: string };

type Json = unknown;

const FIELD_LABELS: Record<string, string> = {
  task: "Task",
  dataset: "Dataset",
  subset: "Subset",
  ref: "Paper (arXiv id or address)",
  title: "Paper title",
  authors: "Authors",
  publishedAt: "Publication date",
  modelName: "Model",
  usesExtraData: "Extra training data used",
  extraData: "Extra training data",
  codeUrl: "Code",
  evaluatedAt: "Evaluation date",
  evidence: "Evidence",
  comment: "Comment",
  name: "name",
  direction: "direction",
  unit: "unit",
};

/** Every leaf of a JSON value under its path ("rows.0.values.1"), as text. */
function leaves(value: Json, path: string[] = [], into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, [...path, String(index)], into));
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], into);
  else into.set(path.join("."), value === null || value === undefined ? "" : String(value));
  return into;
}

function metricNames(payload: Json): string[] {
  const metrics = (payload as { benchmark?: { metrics?: { name?: string }[] } })?.benchmark?.metrics;
  return Array.isArray(metrics) ? metrics.map((metric) => metric?.name ?? "") : [];
}

function modelNames(payload: Json): string[] {
  const rows = (payload as { rows?: { modelName?: string }[] })?.rows;
  return Array.isArray(rows) ? rows.map((row) => row?.modelName ?? "") : [];
}

/** "rows.0.values.1" → "Row 1 (ViT) · Top 1"; "benchmark.metrics.0.unit" → "Metric 1 unit". */
function labelOf(path: string, metrics: string[], models: string[]): string {
  const parts = path.split(".");
  const last = FIELD_LABELS[parts.at(-1) ?? ""] ?? parts.at(-1) ?? path;
  const valueLabel = (index: string) => metrics[Number(index)] || `Value ${Number(index) + 1}`;
  if (parts[0] === "rows") {
    const row = Number(parts[1]);
    const prefix = `Row ${row + 1}${models[row] ? ` (${models[row]})` : ""}`;
    return parts[2] === "values" ? `${prefix} · ${valueLabel(parts[3])}` : `${prefix} · ${FIELD_LABELS[parts[2]] ?? parts[2]}`;
  }
  if (parts[0] === "row") return parts[1] === "values" ? valueLabel(parts[2]) : (FIELD_LABELS[parts[1]] ?? parts[1]);
  if (parts[0] === "benchmark" && parts[1] === "metrics") return `Metric ${Number(parts[2]) + 1} ${last}`;
  return parts.length > 1 ? (FIELD_LABELS[parts[1]] ?? last) : last;
}

/**
 * The fields that differ between the replaced payload and the current one, in the current one's order
 * (then fields only the old one had). `metricNames` names an edit's values, whose payload has no metrics.
 */
export function diffPayloads(before: Json, after: Json, names: { metrics?: string[] } = {}): PayloadChange[] {
  const [old, now] = [leaves(before), leaves(after)];
  const metrics = names.metrics ?? metricNames(after);
  const models = modelNames(after);
  const paths = [...now.keys(), ...[...old.keys()].filter((path) => !now.has(path))];
  return paths
    .filter((path) => (old.get(path) ?? "") !== (now.get(path) ?? ""))
    .map((path) => ({ field: labelOf(path, metrics, models), before: old.get(path) ?? "", after: now.get(path) ?? "" }));
}
