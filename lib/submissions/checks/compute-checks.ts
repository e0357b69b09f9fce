import type { Tx } from "@/lib/db";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { identifyPaper } from "@/lib/catalogue/paper-identity";
import { placeCandidate, type RankResult } from "@/lib/leaderboard/rank";
import { parseMetricValue } from "@/lib/values/parse-metric-value";
import type { CreateSubmission } from "@/lib/validations/submission";
import type { SubmissionCheck } from "./check-types";
import { implausibleJump } from "./implausible-jump";
import { normalisePaperRef, withNormalisedRef } from "../paper-ref";
import { resolveSubmission, type Resolution } from "../resolve-submission";
import { rangeBreach, valueRange } from "./value-range";
import { PUBLISHED } from "@/lib/catalogue/published";

export type CheckOptions = {
  /** The catalogue's answer for this input, when the caller has it already. */
  resolution?: Resolution;
  /** The submission being resubmitted: it is no duplicate of itself. */
  ignoreSubmissionId?: string;
  /** The published result being edited: neither a duplicate nor the best to beat. */
  ignoreResultId?: string;
};

/** A metric as the checks see it: the catalogue's direction and unit when it exists, else the proposed ones. */
type CheckMetric = { id: string | null; name: string; direction: MetricDirection; unit: string; position: number };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const rowLabel = (row: number) => `Row ${row + 1}`;

/**
 * The automatic checks of a submission (docs/design.md, "Words"), computed against the catalogue as it is now: possible
 * duplicates, values outside their metric's range, implausible jumps over the current best, missing paper
 * or evidence (warnings), and what the submission would add to the catalogue (notes). Warnings first.
 */
export async function computeChecks(db: Tx, input: CreateSubmission, options: CheckOptions = {}): Promise<SubmissionCheck[]> {
  const resolution = options.resolution ?? (await resolveSubmission(db, withNormalisedRef(input)));
  const metrics = await checkMetrics(db, input, resolution);
  const checks = [
    ...(await duplicateChecks(db, input, resolution, options)),
    ...rangeChecks(input, metrics),
    ...(resolution.benchmark ? await jumpChecks(db, input, resolution.benchmark.id, metrics, options.ignoreResultId) : []),
    ...missingChecks(input, resolution),
    ...catalogueNotes(input, resolution, metrics),
  ];
  return [...checks.filter((c) => c.severity === "warning"), ...checks.filter((c) => c.severity === "note")];
}

async function checkMetrics(db: Tx, input: CreateSubmission, resolution: Resolution): Promise<CheckMetric[]> {
  const known = resolution.benchmark
    ? await db.metric.findMany({
        where: { benchmarkId: resolution.benchmark.id },
        select: { id: true, name: true, direction: true, unit: true, position: true },
      })
    : [];
  return input.benchmark.metrics.map((metric, index) => {
    const existing = known.find((k) => sameName(k.name, metric.name));
    return existing ?? { id: null, ...metric, position: known.length + index };
  });
}

/** Each row's readable values with their metric. */
function valuesOf(input: CreateSubmission, metrics: CheckMetric[]) {
  return input.rows.flatMap((row, rowIndex) =>
    row.values.flatMap((raw, metricIndex) => {
      const metric = metrics[metricIndex];
      const parsed = parseMetricValue(raw);
      return metric && parsed.value !== null ? [{ rowIndex, metric, raw: parsed.raw, value: parsed.value, unit: parsed.unit }] : [];
    }),
  );
}

function rangeChecks(input: CreateSubmission, metrics: CheckMetric[]): SubmissionCheck[] {
  return valuesOf(input, metrics).flatMap(({ rowIndex, metric, raw, value, unit }) => {
    const range = valueRange(metric, unit);
    const breach = rangeBreach(value, range);
    if (!breach || !range) return [];
    return [
      {
        kind: "value_out_of_range" as const,
        severity: "warning" as const,
        message: `${rowLabel(rowIndex)}, ${metric.name}: ${raw} ${breach}, but ${range.why}.`,
        row: rowIndex,
        metric: metric.name,
      },
    ];
  });
}

async function jumpChecks(db: Tx, input: CreateSubmission, benchmarkId: string, metrics: CheckMetric[], ignoreResultId?: string): Promise<SubmissionCheck[]> {
  const published: RankResult[] = await db.result.findMany({
    where: { benchmarkId, ...PUBLISHED, ...(ignoreResultId ? { id: { not: ignoreResultId } } : {}) },
    select: { id: true, modelName: true, evaluatedAt: true, usesExtraData: true, values: { select: { metricId: true, value: true } } },
  });
  if (published.length === 0) return [];
  return valuesOf(input, metrics).flatMap(({ rowIndex, metric, raw, value, unit }) => {
    if (!metric.id || metric.direction === "NOT_RANKED") return [];
    const range = valueRange(metric, unit);
    // A value outside its range is reported as such, not as a leap.
    if (rangeBreach(value, range)) return [];
    const why = implausibleJump(placeCandidate(published, { ...metric, id: metric.id }, value), metric, range, raw);
    if (!why) return [];
    return [
      {
        kind: "implausible_jump" as const,
        severity: "warning" as const,
        message: `${rowLabel(rowIndex)}, ${metric.name}: ${why} Check the value, its unit and its split.`,
        row: rowIndex,
        metric: metric.name,
      },
    ];
  });
}

/** The same model from the same paper on the same benchmark, published or waiting for review. */
async function duplicateChecks(db: Tx, input: CreateSubmission, resolution: Resolution, options: CheckOptions): Promise<SubmissionCheck[]> {
  const published =
    resolution.benchmark && resolution.paper
      ? await db.result.findMany({
          where: {
            benchmarkId: resolution.benchmark.id,
            paperId: resolution.paper.id,
            ...PUBLISHED,
            ...(options.ignoreResultId ? { id: { not: options.ignoreResultId } } : {}),
          },
          select: { modelName: true },
        })
      : [];
  const pending = await pendingModelNames(db, input, resolution, options.ignoreSubmissionId);
  return input.rows.flatMap((row, rowIndex) => {
    const where = published.some((result) => sameName(result.modelName, row.modelName))
      ? "is already on this leaderboard"
      : pending.some((name) => sameName(name, row.modelName))
        ? "is already waiting for review in another submission"
        : null;
    if (!where) return [];
    return [
      {
        kind: "possible_duplicate" as const,
        severity: "warning" as const,
        message: `${rowLabel(rowIndex)}: "${row.modelName}" from this paper ${where}.`,
        row: rowIndex,
      },
    ];
  });
}

function paperKey(paper: CreateSubmission["paper"]): string | null {
  const ref = normalisePaperRef(paper.ref);
  return (identifyPaper(paper.title, ref) ?? identifyPaper(ref, null))?.sourceKey ?? null;
}

/** Model names of pending submissions of new results on the same benchmark from the same paper. */
async function pendingModelNames(db: Tx, input: CreateSubmission, resolution: Resolution, ignoreSubmissionId?: string): Promise<string[]> {
  const key = paperKey(input.paper);
  if (!key) return [];
  const pending = await db.submission.findMany({
    where: {
      kind: "NEW_RESULTS",
      status: "PENDING",
      benchmarkId: resolution.benchmark?.id ?? null,
      ...(ignoreSubmissionId ? { id: { not: ignoreSubmissionId } } : {}),
    },
    select: { payload: true },
  });
  return pending.flatMap(({ payload }) => {
    const other = payload as unknown as CreateSubmission;
    const sameBenchmark =
      resolution.benchmark !== null ||
      (sameName(other.benchmark.task, input.benchmark.task) &&
        sameName(other.benchmark.dataset, input.benchmark.dataset) &&
        sameName(other.benchmark.subset, input.benchmark.subset));
    return sameBenchmark && paperKey(other.paper) === key ? other.rows.map((row) => row.modelName) : [];
  });
}

function missingChecks(input: CreateSubmission, resolution: Resolution): SubmissionCheck[] {
  const checks: SubmissionCheck[] = [];
  if (!resolution.paper && !resolution.paperIdentity) {
    checks.push({ kind: "missing_paper", severity: "warning", message: "No paper is named: a result needs a source a reader can check." });
  }
  input.rows.forEach((row, rowIndex) => {
    if (!row.evidence.trim()) {
      checks.push({
        kind: "missing_evidence",
        severity: "warning",
        message: `${rowLabel(rowIndex)}: no evidence says where in the paper the numbers stand.`,
        row: rowIndex,
      });
    }
  });
  return checks;
}

/** What approval would add to the catalogue. */
function catalogueNotes(input: CreateSubmission, resolution: Resolution, metrics: CheckMetric[]): SubmissionCheck[] {
  const { task, dataset, subset } = input.benchmark;
  const notes: SubmissionCheck[] = [];
  const note = (kind: SubmissionCheck["kind"], message: string, metric?: string) =>
    notes.push({ kind, severity: "note", message, ...(metric ? { metric } : {}) });
  if (!resolution.task) note("new_task", `New task: "${task}".`);
  if (!resolution.dataset) note("new_dataset", `New dataset: "${dataset}".`);
  if (subset && !resolution.subset) note("new_dataset", `New subset of ${resolution.dataset?.name ?? dataset}: "${subset}".`);
  if (!resolution.benchmark) note("new_benchmark", `New benchmark: ${task} on ${subset ? `${dataset} ${subset}` : dataset}.`);
  for (const metric of metrics) {
    if (metric.id) continue;
    const unit = metric.unit ? `, in ${metric.unit}` : "";
    note("new_metric", `New metric: "${metric.name}" (${DIRECTION_TEXT[metric.direction]}${unit}).`, metric.name);
  }
  if (!resolution.paper && resolution.paperIdentity) {
    note("new_paper", `New paper: "${input.paper.title || resolution.paperIdentity.title || normalisePaperRef(input.paper.ref)}".`);
  }
  return notes;
}
