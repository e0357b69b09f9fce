import { isoDay } from "@/lib/format";
import { parseMetricValue } from "@/lib/values/parse-metric-value";
import type { ResultRow } from "@/lib/validations/submission";

/** What the edit form, the diff and the history read of a result, or of a version of it (a revision's snapshot). */
export type PublishedRow = {
  modelName: string;
  codeUrl: string | null;
  evaluatedAt: Date | string | null;
  usesExtraData: boolean;
  extraData: string;
  evidence: string;
  values: { metricId: string; raw: string }[];
};

/** A result as the row form holds it: `values[i]` for `metricIds[i]`, "" where it has none. */
export function resultAsRow(result: PublishedRow, metricIds: string[]): ResultRow {
  return {
    modelName: result.modelName,
    values: metricIds.map((id) => result.values.find((value) => value.metricId === id)?.raw ?? ""),
    usesExtraData: result.usesExtraData,
    extraData: result.extraData,
    codeUrl: result.codeUrl ?? "",
    evaluatedAt: isoDay(result.evaluatedAt),
    evidence: result.evidence,
  };
}

/** One field that differs between two versions of a row, as a reader sees it. */
export type RowChange = { field: string; label: string; before: string; after: string };

const extraDataText = (row: ResultRow) => (row.usesExtraData ? row.extraData || "Yes" : "No");

const FIELDS: { field: string; label: string; text: (row: ResultRow) => string }[] = [
  { field: "modelName", label: "Model", text: (row) => row.modelName },
  { field: "extraData", label: "Extra training data", text: extraDataText },
  { field: "codeUrl", label: "Code", text: (row) => row.codeUrl },
  { field: "evaluatedAt", label: "Evaluation date", text: (row) => row.evaluatedAt },
  { field: "evidence", label: "Evidence", text: (row) => row.evidence },
];

/** What changes from `before` to `after`: each metric's value (named by `metricNames[i]`), then the other fields. */
export function diffRows(before: ResultRow, after: ResultRow, metricNames: string[]): RowChange[] {
  const values = metricNames.flatMap((label, index) => {
    const [was, is] = [before.values[index] ?? "", after.values[index] ?? ""];
    return was === is ? [] : [{ field: `values.${index}`, label, before: was, after: is }];
  });
  const fields = FIELDS.flatMap(({ field, label, text }) => (text(before) === text(after) ? [] : [{ field, label, before: text(before), after: text(after) }]));
  return [...values, ...fields];
}

/** The value of metric i as reported and as read; an empty cell is no value. Approval writes these, the preview shows them. */
export function valuesOf(reported: string[], metricIds: string[]): { metricId: string; raw: string; value: number | null; uncertainty: number | null }[] {
  return reported.flatMap((raw, i) => {
    if (raw === "" || !metricIds[i]) return [];
    const { value, uncertainty } = parseMetricValue(raw);
    return [{ metricId: metricIds[i], raw, value, uncertainty }];
  });
}
