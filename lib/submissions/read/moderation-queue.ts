import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { modelNamesOf, warningCount } from "@/lib/submissions/summarise-payload";
import type { QueueQuery } from "@/lib/validations/moderation";
import { pageCountOf } from "@/lib/data/pagination";
import { datasetLabel } from "@/lib/data/shapes";

export const QUEUE_PAGE_SIZE = 25;

export type QueueItem = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  createdAt: Date;
  submitter: string;
  /** The existing benchmark, or null when the submission proposes one. */
  benchmark: { slug: string; label: string } | null;
  /** "Task on Dataset" as the submission names them. */
  names: string;
  models: string[];
  /** The reported result of an edit or a report. */
  target: { id: string; modelName: string } | null;
  warningCount: number;
  decidedBy: string | null;
};

function whereOf(query: QueueQuery): Prisma.SubmissionWhereInput {
  return {
    status: query.state,
    ...(query.task && { taskName: query.task }),
    ...(query.dataset && { datasetName: query.dataset }),
    ...(query.submitter && { submitterId: query.submitter }),
    ...(query.warnings && { hasWarnings: true }),
  };
}

/** The queue: submissions in one state, filtered, oldest first. */
export async function listQueue(query: QueueQuery): Promise<{ items: QueueItem[]; total: number; pageCount: number }> {
  const where = whereOf(query);
  const [rows, total] = await Promise.all([
    prisma.submission.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        status: true,
        createdAt: true,
        taskName: true,
        datasetName: true,
        payload: true,
        checks: true,
        submitter: { select: { name: true, email: true } },
        decidedBy: { select: { name: true, email: true } },
        benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } } } },
        targetResult: { select: { id: true, modelName: true } },
      },
    }),
    prisma.submission.count({ where }),
  ]);
  return {
    total,
    pageCount: pageCountOf(total, QUEUE_PAGE_SIZE),
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      createdAt: row.createdAt,
      submitter: row.submitter.name ?? row.submitter.email,
      benchmark: row.benchmark && { slug: row.benchmark.slug, label: `${row.benchmark.task.name} on ${datasetLabel(row.benchmark.dataset)}` },
      names: `${row.taskName} on ${row.datasetName}`,
      models: modelNamesOf(row.kind, row.payload),
      target: row.targetResult,
      warningCount: warningCount(row.checks),
      decidedBy: row.decidedBy && (row.decidedBy.name ?? row.decidedBy.email),
    })),
  };
}

/** How many submissions are in each state. */
export async function countByState(): Promise<Record<SubmissionStatus, number>> {
  const groups = await prisma.submission.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { PENDING: 0, APPROVED: 0, REJECTED: 0, CHANGES_REQUESTED: 0, WITHDRAWN: 0, RETRACTED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** The tasks, datasets and submitters that occur among the submissions in one state: the filters' choices. */
export async function queueFilterOptions(state: SubmissionStatus) {
  // GROUP BY in the database: Prisma's `distinct` reads every submission of the state (ten thousand pending) first.
  const [tasks, datasets, submitters] = await Promise.all([
    prisma.submission.groupBy({ by: ["taskName"], where: { status: state }, orderBy: { taskName: "asc" } }),
    prisma.submission.groupBy({ by: ["datasetName"], where: { status: state }, orderBy: { datasetName: "asc" } }),
    prisma.user.findMany({
      where: { submissions: { some: { status: state } } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, email: true },
    }),
  ]);
  return {
    tasks: tasks.map((row) => row.taskName).filter(Boolean),
    datasets: datasets.map((row) => row.datasetName).filter(Boolean),
    submitters: submitters.map((user) => ({ id: user.id, label: user.name ? `${user.name} (${user.email})` : user.email })),
  };
}
