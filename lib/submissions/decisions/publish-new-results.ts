import { findOrCreateBenchmark, findOrCreateMetrics } from "@/lib/catalogue/benchmarks";
import { findOrCreateDataset } from "@/lib/catalogue/datasets";
import { isCodeRepositoryUrl } from "@/lib/catalogue/paper-identity";
import { upsertPapers } from "@/lib/catalogue/papers";
import { upsertResults } from "@/lib/catalogue/results";
import { findOrCreateTask } from "@/lib/catalogue/tasks";
import { openContestsFor } from "@/lib/contests/contests";
import { tags } from "@/lib/cache/tags";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/users/require-actor";
import { CreateSubmissionSchema, type CreateSubmission } from "@/lib/validations/submission";
import { publicTagsOf } from "../public-tags";
import { resolveSubmission, type Resolution, type ResolvedMetric } from "../resolve-submission";
import { parseStoredPayload, type Applied, type StoredSubmission } from "./decide-submission";
import { valuesOf } from "../result-row";
import { submissionResultKey } from "../submission-results";
import { submittedExtras } from "@/lib/settings/submitted-settings";

/**
 * Approval of NEW_RESULTS: what the submission names is resolved again against the catalogue as it is
 * now; what is still missing (task, dataset, subset, benchmark, metrics, paper) is created as proposed,
 * then its rows are published with their parsed values and their provenance.
 */
export async function publishNewResults(tx: Tx, actor: Actor, submission: StoredSubmission): Promise<Applied> {
  const input = parseStoredPayload(CreateSubmissionSchema, submission.payload);
  const resolution = await resolveSubmission(tx, input);
  const { task: taskName, dataset: datasetName, subset: subsetName } = input.benchmark;
  const task = resolution.task ?? (await findOrCreateTask(tx, { name: taskName }));
  const dataset = resolution.dataset ?? (await findOrCreateDataset(tx, { name: datasetName }));
  const subset = subsetName ? (resolution.subset ?? (await findOrCreateDataset(tx, { name: subsetName, parent: dataset }))) : null;
  const evaluatedOn = subset ?? dataset;
  const benchmark = resolution.benchmark ?? (await findOrCreateBenchmark(tx, task, evaluatedOn));
  const metricIds = await metricIdsOf(tx, benchmark.id, resolution.metrics);
  const paper = await publishPaper(tx, input, resolution, { taskId: task.id, datasetId: evaluatedOn.id });

  const approvedAt = new Date();
  const results = await upsertResults(
    tx,
    input.rows.map((row, index) => ({
      benchmarkId: benchmark.id,
      sourceKey: submissionResultKey(submission.id, index),
      source: "SUBMISSION" as const,
      modelName: row.modelName,
      paperId: paper?.id ?? null,
      codeUrl: row.codeUrl || null,
      evaluatedAt: dayOf(row.evaluatedAt) ?? paper?.publishedAt ?? null,
      usesExtraData: row.usesExtraData,
      extraData: row.usesExtraData ? row.extraData : "",
      evidence: row.evidence,
      submittedById: submission.submitterId,
      approvedById: actor.id,
      approvedAt,
      values: valuesOf(row.values, metricIds),
      ...submittedExtras(row),
    })),
  );
  await openContestsFor(
    tx,
    results.map((result) => result.id),
    actor.id,
  );
  // The queue and the logs link an approved submission to the benchmark it went to, new or not.
  await tx.submission.update({ where: { id: submission.id }, data: { benchmarkId: benchmark.id } });
  return {
    resultIds: results.map((result) => result.id),
    benchmarkId: benchmark.id,
    tags: [...(await publicTagsOf(tx, benchmark.id, [paper?.id ?? null])), ...(paper?.searchTextChanged ? [tags.paperText] : [])],
  };
}

/** "2024-03-01" → that day at midnight UTC; "" → null. */
export function dayOf(isoDay: string): Date | null {
  return isoDay ? new Date(`${isoDay}T00:00:00Z`) : null;
}

/** Each proposed metric's id: the existing one, or a new one with the direction and unit the submission gave. */
async function metricIdsOf(tx: Tx, benchmarkId: string, metrics: ResolvedMetric[]): Promise<string[]> {
  const missing = metrics.filter((metric) => !metric.existing);
  const { metricIds: created } = await findOrCreateMetrics(
    tx,
    benchmarkId,
    missing.map(({ name, direction, unit }) => ({ name, direction, unit })),
  );
  return metrics.map((metric) => metric.existing?.id ?? created.get(metric.name)!);
}

/** The paper: found and given what it lacks (links to the task and dataset, a date, code), or created with its authors. */
async function publishPaper(tx: Tx, input: CreateSubmission, resolution: Resolution, links: { taskId: string; datasetId: string }) {
  const identity = resolution.paper
    ? await tx.paper.findUniqueOrThrow({ where: { id: resolution.paper.id }, select: { sourceKey: true, arxivId: true } })
    : resolution.paperIdentity;
  if (!identity) return null;
  const codeUrls = [...new Set(input.rows.map((row) => row.codeUrl).filter((url) => url && isCodeRepositoryUrl(url)))];
  const refs = await upsertPapers(tx, [
    {
      sourceKey: identity.sourceKey,
      arxivId: identity.arxivId,
      title: resolution.paper ? null : input.paper.title || resolution.paperIdentity?.title || null,
      url: resolution.paper ? null : (resolution.paperIdentity?.url ?? null),
      pdfUrl: resolution.paper ? null : (resolution.paperIdentity?.pdfUrl ?? null),
      publishedAt: dayOf(input.paper.publishedAt),
      repositories: codeUrls.map((url) => ({ url, isOfficial: false, framework: null })),
      taskIds: [links.taskId],
      datasetIds: [links.datasetId],
    },
  ]);
  const ref = refs.get(identity.sourceKey)!;
  if (ref.outcome === "created") {
    const authors = splitAuthors(input.paper.authors);
    await tx.paperAuthor.createMany({ data: authors.map((name, position) => ({ paperId: ref.id, name, position })) });
    if (input.paper.abstract) await tx.paper.update({ where: { id: ref.id }, data: { abstract: input.paper.abstract } });
  }
  const paper = await tx.paper.findUniqueOrThrow({ where: { id: ref.id }, select: { id: true, publishedAt: true } });
  // A paper the submission named by its page is given nothing it searches by; one found by its identity may get a title.
  const searchTextChanged = ref.outcome === "created" || (!resolution.paper && ref.outcome === "updated");
  return { ...paper, searchTextChanged };
}

/** "Ada Lovelace, Alan Turing and Grace Hopper" (or one per line) → three names. */
export function splitAuthors(authors: string): string[] {
  return authors
    .split(/\s*[,;\n]\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
