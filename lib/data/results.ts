import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import type { MetricDirection, ResultChange, ResultSource, ResultStatus, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { rankResults } from "@/lib/leaderboard/rank";
import { catalogueMiss } from "@/lib/data/cache";
import { datasetLabel } from "@/lib/data/shapes";
import { CORRECTION_TARGET_SELECT } from "@/lib/submissions/prepare-result-edit";
import { diffRows, resultAsRow, type PublishedRow, type RowChange } from "@/lib/submissions/result-row";
import { creatingSubmissionId } from "@/lib/submissions/submission-results";
import type { ResultRow } from "@/lib/validations/submission";
import { readResultTrust, type ResultTrust } from "@/lib/trust/reads";
import { PUBLISHED } from "@/lib/catalogue/published";

export type ResultMetricValue = {
  id: string;
  name: string;
  direction: MetricDirection;
  unit: string;
  description: string;
  value: { raw: string; value: number | null; uncertainty: number | null } | null;
  /** Its rank among the published results on this metric, while it is published itself. */
  rank: number | null;
  rankedCount: number;
};

export type HistoryEntry =
  | { type: "revision"; id: string; at: string; change: ResultChange; reason: string | null; report: string | null; actor: string | null; changes: RowChange[] }
  | {
      type: "review";
      id: string;
      at: string;
      kind: SubmissionKind;
      submissionId: string;
      toStatus: SubmissionStatus;
      fromStatus: SubmissionStatus | null;
      reason: string | null;
      actor: string | null;
    };

export type ResultPage = {
  id: string;
  status: ResultStatus;
  retractedReason: string | null;
  /** The report a retraction answered, in the reporter's words. */
  retractedReport: string | null;
  modelName: string;
  source: ResultSource;
  codeUrl: string | null;
  evaluatedAt: string | null;
  usesExtraData: boolean;
  extraData: string;
  evidence: string;
  createdAt: string;
  approvedAt: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  benchmark: { slug: string; task: { slug: string; name: string }; dataset: { slug: string; name: string } };
  paper: { slug: string; title: string; url: string | null; publishedAt: string | null; authors: string[] } | null;
  metrics: ResultMetricValue[];
  history: HistoryEntry[];
  /** Its trust level, contests and the original row of a baseline (lib/trust). */
  trust?: ResultTrust;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;
const nameOf = (user: { name: string | null } | null) => (user ? user.name || "A member" : null);

/** Each revision with what it changed: revision i replaced version i by the next one (the last, by the result as it is). */
type StoredRevision = {
  id: string;
  createdAt: Date;
  change: ResultChange;
  reason: string | null;
  actor: { name: string | null } | null;
  snapshot: unknown;
  submission: { kind: SubmissionKind; comment: string } | null;
};

/** The reporter's words behind a revision made by approving a report, else null. */
const reportOf = (revision: StoredRevision) => (revision.submission?.kind === "REPORT_RESULT" ? revision.submission.comment : null);

function revisionEntries(revisions: StoredRevision[], current: PublishedRow, metrics: { id: string; name: string }[]): HistoryEntry[] {
  const ids = metrics.map((metric) => metric.id);
  const names = metrics.map((metric) => metric.name);
  const versions = [...revisions.map((revision) => resultAsRow(revision.snapshot as PublishedRow, ids)), resultAsRow(current, ids)];
  return revisions.map((revision, index) => ({
    type: "revision",
    id: revision.id,
    at: revision.createdAt.toISOString(),
    change: revision.change,
    reason: revision.reason,
    report: reportOf(revision),
    actor: nameOf(revision.actor),
    changes: diffRows(versions[index], versions[index + 1], names),
  }));
}

/** The submissions that created or changed the result and were approved: its creation (named by its source key) and its corrections. */
async function reviewedSubmissionIds(result: { id: string; sourceKey: string | null }): Promise<string[]> {
  const creation = creatingSubmissionId(result.sourceKey);
  const submissions = await prisma.submission.findMany({
    where: { status: { in: ["APPROVED", "RETRACTED"] }, OR: [{ targetResultId: result.id }, ...(creation ? [{ id: creation }] : [])] },
    select: { id: true },
  });
  return submissions.map((submission) => submission.id);
}

async function readResultPage(id: string): Promise<ResultPage> {
  const result = await prisma.result.findUniqueOrThrow({
    where: { id },
    include: {
      values: true,
      submittedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      paper: { select: { slug: true, title: true, url: true, publishedAt: true, authors: { orderBy: { position: "asc" }, select: { name: true } } } },
      revisions: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } }, submission: { select: { kind: true, comment: true } } } },
      benchmark: {
        select: {
          slug: true,
          task: { select: { slug: true, name: true } },
          dataset: { select: { slug: true, name: true, parent: { select: { name: true } } } },
          metrics: { orderBy: { position: "asc" }, select: { id: true, name: true, position: true, direction: true, unit: true, description: true } },
          results: {
            where: PUBLISHED,
            select: { id: true, modelName: true, evaluatedAt: true, usesExtraData: true, values: { select: { metricId: true, value: true } } },
          },
        },
      },
    },
  });
  const { benchmark } = result;
  const retraction = result.revisions.findLast((revision) => revision.change === "RETRACTED");
  const submissionIds = await reviewedSubmissionIds(result);
  const events = await prisma.reviewEvent.findMany({
    where: { submissionId: { in: submissionIds } },
    select: {
      id: true,
      createdAt: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      actor: { select: { name: true } },
      submission: { select: { id: true, kind: true } },
    },
  });
  const history: HistoryEntry[] = [
    ...revisionEntries(result.revisions, result, benchmark.metrics),
    ...events.map((event) => ({
      type: "review" as const,
      id: event.id,
      at: event.createdAt.toISOString(),
      kind: event.submission.kind,
      submissionId: event.submission.id,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      actor: nameOf(event.actor),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const trust = await readResultTrust(id);

  return {
    id: result.id,
    status: result.status,
    retractedReason: result.retractedReason,
    retractedReport: retraction && result.status === "RETRACTED" ? reportOf(retraction) : null,
    modelName: result.modelName,
    source: result.source,
    codeUrl: result.codeUrl,
    evaluatedAt: iso(result.evaluatedAt),
    usesExtraData: result.usesExtraData,
    extraData: result.extraData,
    evidence: result.evidence,
    createdAt: result.createdAt.toISOString(),
    approvedAt: iso(result.approvedAt),
    submittedBy: nameOf(result.submittedBy),
    approvedBy: nameOf(result.approvedBy),
    benchmark: { slug: benchmark.slug, task: benchmark.task, dataset: { slug: benchmark.dataset.slug, name: datasetLabel(benchmark.dataset) } },
    paper: result.paper && { ...result.paper, publishedAt: iso(result.paper.publishedAt), authors: result.paper.authors.map((a) => a.name) },
    metrics: benchmark.metrics.map((metric) => {
      const ranked = rankResults(benchmark.results, metric);
      const value = result.values.find((v) => v.metricId === metric.id);
      return {
        id: metric.id,
        name: metric.name,
        direction: metric.direction,
        unit: metric.unit,
        description: metric.description,
        value: value ? { raw: value.raw, value: value.value, uncertainty: value.uncertainty } : null,
        rank: ranked.find((entry) => entry.result.id === result.id)?.rank ?? null,
        rankedCount: ranked.filter((entry) => entry.rank !== null).length,
      };
    }),
    history,
    trust,
  };
}

/**
 * /result/[id]: one result with its values and ranks, provenance and history. Tagged with its benchmark
 * (every change of a result expires its benchmark) and its paper.
 */
export const getResultPage = cache(async (id: string): Promise<ResultPage | null> => {
  const ref = await prisma.result.findUnique({ where: { id }, select: { benchmarkId: true, paperId: true } });
  if (!ref) return catalogueMiss();
  return unstable_cache(readResultPage, ["result-page"], {
    tags: [tags.benchmark(ref.benchmarkId), ...(ref.paperId ? [tags.paper(ref.paperId)] : [])],
  })(id);
});

/** A result as a correction sees it: its benchmark's metrics and its row as the edit form holds it. Not cached: for signed-in pages. */
export async function getResultForCorrection(id: string) {
  const result = await prisma.result.findUnique({ where: { id }, select: CORRECTION_TARGET_SELECT });
  if (!result) return null;
  const { benchmark } = result;
  const row: ResultRow = resultAsRow(
    result,
    benchmark.metrics.map((metric) => metric.id),
  );
  return {
    id: result.id,
    status: result.status,
    modelName: result.modelName,
    paper: result.paper,
    benchmark: { slug: benchmark.slug, name: `${benchmark.task.name} on ${datasetLabel(benchmark.dataset)}`, metrics: benchmark.metrics },
    row,
  };
}

export type ResultForCorrection = NonNullable<Awaited<ReturnType<typeof getResultForCorrection>>>;
