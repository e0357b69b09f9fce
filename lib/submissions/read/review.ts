import "server-only";
import { prisma } from "@/lib/db";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { checksOf } from "@/lib/submissions/summarise-payload";
import { diffPayloads, type PayloadChange } from "@/lib/submissions/resubmission-diff";
import { currentChecks } from "@/lib/submissions/checks/current-checks";
import type { SubmissionCheck } from "@/lib/submissions/checks/check-types";
import { resolveSubmission, type Resolution } from "@/lib/submissions/resolve-submission";
import { resultsOfSubmission } from "@/lib/submissions/submission-results";
import {
  CreateSubmissionSchema,
  EditResultSchema,
  ReportResultSchema,
  type CreateSubmission,
  type EditResult,
  type ReportResult,
} from "@/lib/validations/submission";
import { getLeaderboard, type Leaderboard, type LeaderboardRow } from "@/lib/data/leaderboards";

export type ReviewEventItem = {
  id: string;
  actor: string;
  fromStatus: SubmissionStatus | null;
  toStatus: SubmissionStatus;
  reason: string | null;
  createdAt: Date;
};

/** What the submission asks, read from its payload; `invalid` when the payload no longer parses. */
export type Proposal =
  | { kind: "NEW_RESULTS"; input: CreateSubmission; resolution: Resolution }
  | { kind: "EDIT_RESULT"; input: EditResult; target: LeaderboardRow | null }
  | { kind: "REPORT_RESULT"; input: ReportResult; target: LeaderboardRow | null }
  | { kind: "invalid" };

export type SubmissionReview = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  createdAt: Date;
  comment: string;
  reason: string | null;
  decidedAt: Date | null;
  decidedBy: { id: string; name: string } | null;
  submitter: { id: string; name: string };
  checks: SubmissionCheck[];
  /** True when the checks were computed again for this review; false: as stored when it was sent. */
  checksAreCurrent: boolean;
  /** A resubmission: what the moderator asked for and what changed since. */
  resubmission: Resubmission | null;
  events: ReviewEventItem[];
  /** The benchmark's leaderboard as published now; null when the submission proposes a new benchmark. */
  board: Leaderboard | null;
  /** The target result's state, for edits and reports: a retracted one is not on the board. */
  targetStatus: { status: string; retractedReason: string | null } | null;
  proposal: Proposal;
  /** The results an approved NEW_RESULTS submission created (retracted ones included). */
  createdResultIds: string[];
};

export type Resubmission = { request: string | null; requestedBy: string | null; changes: PayloadChange[] };

const nameOf = (user: { name: string | null; email: string }) => user.name ?? user.email;

/** One submission as a moderator reviews it: what it proposes, resolved against the catalogue as it is now. */
export async function getSubmissionReview(id: string): Promise<SubmissionReview | null> {
  const submission = await prisma.submission.findUnique({
    where: { id },
    include: {
      submitter: { select: { id: true, name: true, email: true } },
      decidedBy: { select: { id: true, name: true, email: true } },
      benchmark: { select: { slug: true } },
      targetResult: { select: { status: true, retractedReason: true, benchmark: { select: { slug: true } } } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true, email: true } } } },
    },
  });
  if (!submission) return null;
  const proposal = await proposalOf(submission.kind, submission.payload);
  const slug =
    submission.targetResult?.benchmark.slug ??
    submission.benchmark?.slug ??
    (proposal.kind === "NEW_RESULTS" ? proposal.resolution.benchmark?.slug : undefined);
  const board = slug ? await getLeaderboard(slug) : null;
  const created =
    submission.kind === "NEW_RESULTS" && submission.decidedAt
      ? await prisma.result.findMany({ where: { sourceKey: resultsOfSubmission(id) }, select: { id: true } })
      : [];
  if ((proposal.kind === "EDIT_RESULT" || proposal.kind === "REPORT_RESULT") && board) {
    proposal.target = board.results.find((result) => result.id === (submission.targetResultId ?? proposal.input.resultId)) ?? null;
  }
  const checks = submission.status === "PENDING" ? await currentChecks(submission) : null;
  return {
    id: submission.id,
    kind: submission.kind,
    status: submission.status,
    createdAt: submission.createdAt,
    comment: submission.comment,
    reason: submission.reason,
    decidedAt: submission.decidedAt,
    decidedBy: submission.decidedBy && { id: submission.decidedBy.id, name: nameOf(submission.decidedBy) },
    submitter: { id: submission.submitter.id, name: nameOf(submission.submitter) },
    checks: checks ?? checksOf(submission.checks),
    checksAreCurrent: checks !== null,
    resubmission: resubmissionOf(
      submission.events,
      submission.payload,
      board?.metrics.map((metric) => metric.name),
    ),
    events: submission.events.map((event) => ({ ...event, actor: nameOf(event.actor) })),
    board,
    targetStatus: submission.targetResult && { status: submission.targetResult.status, retractedReason: submission.targetResult.retractedReason },
    proposal,
    createdResultIds: created.map((result) => result.id),
  };
}

type StoredEvent = {
  toStatus: SubmissionStatus;
  fromStatus: SubmissionStatus | null;
  reason: string | null;
  previousPayload: unknown;
  actor: { name: string | null; email: string };
};

/** The last resubmission's changes, beside the request for changes it answered. */
function resubmissionOf(events: StoredEvent[], payload: unknown, metrics: string[] | undefined): Resubmission | null {
  const at = events.findLastIndex((event) => event.fromStatus === "CHANGES_REQUESTED" && event.previousPayload != null);
  if (at < 0) return null;
  const request = events.slice(0, at).findLast((event) => event.toStatus === "CHANGES_REQUESTED");
  return {
    request: request?.reason ?? null,
    requestedBy: request ? nameOf(request.actor) : null,
    changes: diffPayloads(events[at].previousPayload, payload, { metrics }),
  };
}

/** The next in the queue for this viewer: the oldest other pending submission that is not their own. */
export async function getNextPendingId(currentId: string, viewerId: string): Promise<string | null> {
  const next = await prisma.submission.findFirst({
    where: { status: "PENDING", id: { not: currentId }, submitterId: { not: viewerId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return next?.id ?? null;
}

async function proposalOf(kind: SubmissionKind, payload: unknown): Promise<Proposal> {
  if (kind === "NEW_RESULTS") {
    const input = CreateSubmissionSchema.safeParse(payload).data;
    return input ? { kind, input, resolution: await resolveSubmission(prisma, input) } : { kind: "invalid" };
  }
  if (kind === "EDIT_RESULT") {
    const input = EditResultSchema.safeParse(payload).data;
    return input ? { kind, input, target: null } : { kind: "invalid" };
  }
  const input = ReportResultSchema.safeParse(payload).data;
  return input ? { kind, input, target: null } : { kind: "invalid" };
}
