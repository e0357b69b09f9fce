import { isoDay } from "@/lib/format";
import type { ResultRow } from "@/lib/validations/submission";

/** What the edit form and the diff read of a published result. */
export type PublishedRow = {
  modelName: string;
  codeUrl: string | null;
  evaluatedAt: Date | string | null;
  usesExtraData: boolean;
  extraData: string;
  evidence: string;
  values: { metricId: string; raw: string }[];
};

/** A published result as the row form holds it: `values[i]` for `metricIds[i]`, "" where it has none. */
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

/** The fields of `row` that differ from `published`, by name ("values.0" for the first metric). */
export function changedFields(published: ResultRow, row: ResultRow): string[] {
  const scalar = (["modelName", "usesExtraData", "extraData", "codeUrl", "evaluatedAt", "evidence"] as const).filter(
    (field) => published[field] !== row[field],
  );
  const values = row.values.flatMap((value, index) => (value !== (published.values[index] ?? "") ? [`values.${index}`] : []));
  return [...scalar, ...values];
}
