import type { CreateSubmission, ResultRow } from "@/lib/validations/submission";

export type MetricChoice = CreateSubmission["benchmark"]["metrics"][number];

export const NEW_METRIC: MetricChoice = { name: "", direction: "HIGHER_IS_BETTER", unit: "" };

export function emptyRow(metricCount: number): ResultRow {
  return {
    modelName: "",
    values: Array.from({ length: metricCount }, () => ""),
    usesExtraData: false,
    extraData: "",
    codeUrl: "",
    evaluatedAt: "",
    evidence: "",
  };
}

/** A fresh form, with the leaderboard's benchmark or the paper it was opened from. */
export function emptySubmission(benchmark: CreateSubmission["benchmark"] | null, paper: CreateSubmission["paper"] | null): CreateSubmission {
  const chosen = benchmark ?? { task: "", dataset: "", subset: "", metrics: [NEW_METRIC] };
  return {
    benchmark: chosen,
    paper: paper ?? { ref: "", title: "", authors: "", publishedAt: "" },
    rows: [emptyRow(chosen.metrics.length)],
    comment: "",
  };
}
