import "server-only";
import type { z } from "zod";
import { canModerate } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { checksOf } from "@/lib/submissions/summarise-payload";
import { creatingSubmissionId, resultsOfSubmission } from "@/lib/submissions/submission-results";
import { requireActor } from "@/lib/users/require-actor";
import type { PageWindow, Slice } from "../pagination";
import type { SubmissionListParams } from "../params";
import type { ApiSubmission } from "../schemas";

// A submission is private to its submitter and the moderators: these reads are never cached.

const person = { select: { id: true, name: true } } as const;

export const submissionSelect = {
  id: true,
  kind: true,
  status: true,
  taskName: true,
  datasetName: true,
  benchmark: { select: { slug: true } },
  targetResultId: true,
  submitter: person,
  comment: true,
  hasWarnings: true,
  checks: true,
  payload: true,
  reason: true,
  decidedBy: person,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true, actor: person, reason: true, createdAt: true } },
} satisfies Prisma.SubmissionSelect;

type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

/** The stored payload as the body of its kind: an edit's or a report's result is `result`, not repeated. */
function payloadOf(row: SubmissionRow): ApiSubmission["payload"] {
  if (row.kind === "NEW_RESULTS") return row.payload as ApiSubmission["payload"];
  const { resultId: _resultId, ...body } = row.payload as Record<string, unknown>;
  return body as ApiSubmission["payload"];
}

export function toApiSubmission(row: SubmissionRow, publishedIds: string[], siteUrl: URL): ApiSubmission {
  return {
    id: row.id,
    kind: lower(row.kind),
    status: lower(row.status),
    task: row.taskName,
    dataset: row.datasetName,
    evaluation: row.benchmark?.slug ?? null,
    result: row.targetResultId,
    results: publishedIds,
    submitter: row.submitter,
    comment: row.comment,
    has_warnings: row.hasWarnings,
    checks: checksOf(row.checks),
    payload: payloadOf(row),
    reason: row.reason,
    decided_by: row.decidedBy,
    decided_at: row.decidedAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    events: row.events.map((event) => ({
      from_status: event.fromStatus && lower(event.fromStatus),
      to_status: lower(event.toStatus),
      actor: event.actor,
      reason: event.reason,
      created_at: event.createdAt.toISOString(),
    })),
    url: new URL(`/submissions/${row.id}`, siteUrl).toString(),
  };
}

const rowIndexOf = (sourceKey: string | null) => Number(sourceKey?.slice(sourceKey.lastIndexOf(":") + 1));

/** The results each approved submission of new results published, by submission id, in row order. */
async function publishedResultIds(rows: SubmissionRow[]): Promise<Map<string, string[]>> {
  const approved = rows.filter((row) => row.kind === "NEW_RESULTS" && (row.status === "APPROVED" || row.status === "RETRACTED"));
  if (approved.length === 0) return new Map();
  const results = await prisma.result.findMany({
    where: { OR: approved.map((row) => ({ sourceKey: resultsOfSubmission(row.id) })) },
    select: { id: true, sourceKey: true },
  });
  results.sort((a, b) => rowIndexOf(a.sourceKey) - rowIndexOf(b.sourceKey));
  const published = new Map<string, string[]>();
  for (const result of results) {
    const submissionId = creatingSubmissionId(result.sourceKey)!;
    published.set(submissionId, [...(published.get(submissionId) ?? []), result.id]);
  }
  return published;
}

async function toApiSubmissions(rows: SubmissionRow[], siteUrl: URL): Promise<ApiSubmission[]> {
  const published = await publishedResultIds(rows);
  return rows.map((row) => toApiSubmission(row, published.get(row.id) ?? [], siteUrl));
}

/**
 * A user's own submissions; for a moderator or an admin, everyone's (the review queue). Filtered,
 * oldest first, so that pages stay put while new submissions arrive at the end.
 */
export async function listSubmissions(
  userId: string | null,
  params: z.output<typeof SubmissionListParams>,
  window: PageWindow,
  siteUrl: URL,
): Promise<Slice<ApiSubmission>> {
  const actor = await requireActor(prisma, userId);
  const where: Prisma.SubmissionWhereInput = {
    AND: [
      canModerate(actor) ? {} : { submitterId: actor.id },
      params.submitter ? { submitterId: params.submitter } : {},
      params.status.includes("all") ? {} : { status: { in: params.status.map((status) => status.toUpperCase() as SubmissionStatus) } },
      params.task ? { taskName: params.task } : {},
      params.dataset ? { datasetName: params.dataset } : {},
      params.has_warnings === undefined ? {} : { hasWarnings: params.has_warnings },
    ],
  };
  const [count, rows] = await Promise.all([
    prisma.submission.count({ where }),
    prisma.submission.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: window.skip, take: window.take, select: submissionSelect }),
  ]);
  return { count, results: await toApiSubmissions(rows, siteUrl) };
}

/** One submission, for its submitter or a moderator; anyone else is refused (FORBIDDEN). */
export async function readSubmission(userId: string | null, submissionId: string, siteUrl: URL): Promise<ApiSubmission> {
  const actor = await requireActor(prisma, userId);
  const row = await prisma.submission.findUnique({ where: { id: submissionId }, select: submissionSelect });
  if (!row) throw new AppError("NOT_FOUND", `No submission with id ${JSON.stringify(submissionId)}.`);
  if (row.submitter.id !== actor.id && !canModerate(actor)) {
    throw new AppError("FORBIDDEN", "Only the person who sent a submission and the moderators can see it.");
  }
  const [submission] = await toApiSubmissions([row], siteUrl);
  return submission;
}
