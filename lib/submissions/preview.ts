// The leaderboard as it would look once a submission is approved: its rows among the published ones.
// Pure functions over the public leaderboard's shapes, so that the review page reuses its table.
import type { Leaderboard, LeaderboardMetric, LeaderboardRow, LeaderboardValue } from "@/lib/data/leaderboards";
import { placeCandidate, type Placement } from "@/lib/leaderboard/rank";
import { valuesOf } from "@/lib/submissions/result-row";
import type { Resolution } from "@/lib/submissions/resolve-submission";
import type { CreateSubmission, EditResult, ResultRow } from "@/lib/validations/submission";

export type Preview = {
  board: Leaderboard;
  /** The rows the submission adds or changes (or reports), by id, with the note shown beside them. */
  highlighted: Map<string, string>;
};

export const PROPOSED_NOTE = "Proposed";
export const REPORTED_NOTE = "Reported";
export const APPROVED_NOTE = "Approved";

function rowOf(
  id: string,
  row: ResultRow,
  metricIds: string[],
  fields: Pick<LeaderboardRow, "paper" | "submittedBy"> & { evaluatedAt: string | null },
): LeaderboardRow {
  return {
    id,
    modelName: row.modelName,
    codeUrl: row.codeUrl || null,
    usesExtraData: row.usesExtraData,
    extraData: row.usesExtraData ? row.extraData : "",
    evidence: row.evidence,
    source: "SUBMISSION",
    approvedBy: null,
    approvedAt: null,
    values: valuesOf(row.values, metricIds),
    ...fields,
    evaluatedAt: row.evaluatedAt ? `${row.evaluatedAt}T00:00:00.000Z` : fields.evaluatedAt,
  };
}

/** NEW_RESULTS: the benchmark's board (or an empty one it proposes), its proposed metrics added, its rows in. */
export function previewNewResults(board: Leaderboard | null, input: CreateSubmission, resolution: Resolution, submitter: string): Preview {
  const base: Leaderboard = board ?? {
    id: "proposed",
    slug: resolution.benchmark?.slug ?? "",
    description: "",
    task: { slug: resolution.task?.slug ?? "", name: resolution.task?.name ?? input.benchmark.task, area: null },
    dataset: { slug: "", name: [input.benchmark.dataset, input.benchmark.subset].filter(Boolean).join(" ") },
    metrics: [],
    results: [],
  };
  const proposedMetrics: LeaderboardMetric[] = resolution.metrics.flatMap((metric, i) =>
    metric.existing
      ? []
      : [{ id: `proposed-metric-${i}`, name: metric.name, position: base.metrics.length + i, direction: metric.direction, unit: metric.unit, description: "" }],
  );
  const metricIds = resolution.metrics.map((metric, i) => metric.existing?.id ?? `proposed-metric-${i}`);
  const paper = resolution.paper ? { slug: resolution.paper.slug, title: resolution.paper.title, url: null } : null;
  const evaluatedAt = input.paper.publishedAt ? `${input.paper.publishedAt}T00:00:00.000Z` : null;
  const rows = input.rows.map((row, i) => rowOf(`proposed-${i}`, row, metricIds, { paper, submittedBy: submitter, evaluatedAt }));
  return {
    board: { ...base, metrics: [...base.metrics, ...proposedMetrics], results: [...base.results, ...rows] },
    highlighted: new Map(rows.map((row) => [row.id, PROPOSED_NOTE])),
  };
}

/** EDIT_RESULT: the published row replaced by the proposed one. */
export function previewEdit(board: Leaderboard, target: LeaderboardRow, edit: EditResult): Preview {
  const edited: LeaderboardRow = {
    ...target,
    ...rowOf(
      target.id,
      edit.row,
      board.metrics.map((metric) => metric.id),
      { paper: target.paper, submittedBy: target.submittedBy, evaluatedAt: target.evaluatedAt },
    ),
    source: target.source,
    approvedBy: target.approvedBy,
    approvedAt: target.approvedAt,
  };
  return {
    board: { ...board, results: board.results.map((result) => (result.id === target.id ? edited : result)) },
    highlighted: new Map([[target.id, "Edited"]]),
  };
}

/** REPORT_RESULT: the board as it is, the reported row marked. */
export function previewReport(board: Leaderboard, targetId: string): Preview {
  return { board, highlighted: new Map([[targetId, REPORTED_NOTE]]) };
}

export type RowPlacement = { id: string; modelName: string; note: string; value: LeaderboardValue | undefined; placement: Placement };

/**
 * Each marked row's rank on the board as previewed (the other marked rows in it too) and its distance
 * to the best of the published rows, by `metric` in its direction.
 */
export function placeHighlighted(preview: Preview, metric: LeaderboardMetric | undefined): RowPlacement[] {
  const published = preview.board.results.filter((result) => !preview.highlighted.has(result.id));
  return preview.board.results.flatMap((result) => {
    const note = preview.highlighted.get(result.id);
    if (!note) return [];
    const value = metric ? result.values.find((v) => v.metricId === metric.id) : undefined;
    const candidate = value?.value ?? null;
    const amongAll = placeCandidate(
      preview.board.results.filter((other) => other.id !== result.id),
      metric,
      candidate,
    );
    const placement = { ...placeCandidate(published, metric, candidate), rank: amongAll.rank, rankedCount: amongAll.rankedCount };
    return [{ id: result.id, modelName: result.modelName, note, value, placement }];
  });
}
