import "server-only";
import { prisma } from "@/lib/db";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { DECIDED_STATES } from "@/lib/submissions/states";

/** Decided submissions whose decision the submitter has not opened yet: the header's badge. */
export function countUnreadDecisions(userId: string): Promise<number> {
  return prisma.submission.count({ where: { submitterId: userId, status: { in: DECIDED_STATES }, seenAt: null } });
}

const LAST_DECISION = {
  where: { toStatus: { in: DECIDED_STATES } },
  orderBy: { createdAt: "desc" },
  take: 1,
  select: { toStatus: true, reason: true, createdAt: true },
} as const;

/** /submissions: a user's own submissions, newest first, optionally in one state; with counts by state. */
export async function listMySubmissions(userId: string, status: SubmissionStatus | null) {
  const [submissions, counts] = await Promise.all([
    prisma.submission.findMany({
      where: { submitterId: userId, ...(status ? { status } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        kind: true,
        status: true,
        taskName: true,
        datasetName: true,
        createdAt: true,
        seenAt: true,
        hasWarnings: true,
        payload: true,
        events: LAST_DECISION,
      },
    }),
    prisma.submission.groupBy({ by: ["status"], where: { submitterId: userId }, _count: { _all: true } }),
  ]);
  return {
    submissions: submissions.map(({ events, seenAt, payload, ...submission }) => ({
      ...submission,
      rowCount: Array.isArray((payload as { rows?: unknown[] }).rows) ? (payload as { rows: unknown[] }).rows.length : 1,
      lastDecision: events[0] ?? null,
      isUnread: DECIDED_STATES.includes(submission.status) && seenAt === null,
    })),
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<SubmissionStatus, number>>,
  };
}

export type MySubmission = Awaited<ReturnType<typeof listMySubmissions>>["submissions"][number];

const person = { select: { id: true, name: true, email: true } } as const;

/** /submissions/[id]: everything about one submission; the page decides who may see it. */
export function getSubmission(id: string) {
  return prisma.submission.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      submitterId: true,
      submitter: person,
      taskName: true,
      datasetName: true,
      payload: true,
      checks: true,
      comment: true,
      reason: true,
      decidedAt: true,
      decidedBy: person,
      seenAt: true,
      createdAt: true,
      updatedAt: true,
      benchmark: { select: { slug: true } },
      targetResult: { select: { id: true, modelName: true, status: true } },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: person } },
    },
  });
}

export type SubmissionDetail = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;
