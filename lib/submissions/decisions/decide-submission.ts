import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { AppError, isAppError } from "@/lib/errors";
import { recordDecisionEvents } from "@/lib/follow/decision-events";
import { formatDate } from "@/lib/format";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { REVIEWER_ROLES, requireActor, type Actor } from "@/lib/users/require-actor";
import { ReportResultSchema } from "@/lib/validations/submission";
import { REASON_REQUIRED, STATUS_LABELS } from "../labels";
import { TRANSITIONS } from "../states";
import { applyResultEdit } from "./apply-result-edit";
import { publishNewResults } from "./publish-new-results";
import { recordTransition } from "./record-transition";
import { retractPublishedResult } from "./retract-result";

/** What a moderator can decide on a pending submission. */
export type Decision = "approve" | "reject" | "request_changes";

/** A submission as a decision reads it, inside its transaction. */
export type StoredSubmission = {
  id: string;
  kind: SubmissionKind;
  submitterId: string;
  targetResultId: string | null;
  payload: unknown;
};

/** What a decision changed in public: the results written and the cache tags of the pages that show them. */
export type Applied = { resultIds: string[]; benchmarkId: string | null; tags: string[] };

export const NOTHING_PUBLIC: Applied = { resultIds: [], benchmarkId: null, tags: [] };

/** What a moderator's decision did, for the form's message and the API's answer. */
export type DecisionOutcome = {
  submissionId: string;
  status: SubmissionStatus;
  /** Results published, changed or retracted by it. */
  resultIds: string[];
  /** The leaderboard it changed, if any. */
  benchmarkSlug: string | null;
};

/**
 * A moderator approves, rejects or sends back one submission: the one verb the review page, the queue's
 * bulk action and the API call. One transaction: the acting user re-read with their role, the guarded
 * state change and its review event, then (on approval) what it does to the catalogue. Rejecting and
 * requesting changes need a reason, shown to the submitter. Once committed, the public pages it touched
 * render fresh on their next request.
 */
export async function decideSubmission(
  userId: string | null,
  { submissionId, decision, reason = "" }: { submissionId: string; decision: Decision; reason?: string },
): Promise<DecisionOutcome> {
  const trimmed = reason.trim();
  let applied: Applied;
  try {
    applied = await prisma.$transaction(async (tx) => {
      const actor = await requireActor(tx, userId, REVIEWER_ROLES);
      if (decision !== "approve") requireReason(trimmed, REASON_REQUIRED[decision]);
      await recordTransition(tx, { submissionId, transition: decision, actor, reason: trimmed });
      const submission = await tx.submission.findUniqueOrThrow({
        where: { id: submissionId },
        select: { id: true, kind: true, submitterId: true, targetResultId: true, payload: true },
      });
      const done = decision === "approve" ? await applyApproval(tx, actor, submission, trimmed) : NOTHING_PUBLIC;
      await recordDecisionEvents(tx, { submission, transition: decision, reason: trimmed, resultIds: done.resultIds });
      return done;
    });
  } catch (error) {
    if (isAppError(error) && error.code === "ALREADY_DECIDED") await explainAlreadyDecided(submissionId, error);
    throw error;
  }
  if (applied.tags.length > 0) expireTags(applied.tags);
  return { submissionId, status: TRANSITIONS[decision].to, resultIds: applied.resultIds, benchmarkSlug: await benchmarkSlugOf(applied.benchmarkId) };
}

/** A refusal, by the words the form shows, when a decision that needs a reason comes without one. */
export function requireReason(reason: string, message: string): void {
  if (!reason.trim()) throw new AppError("INVALID_INPUT", message);
}

/**
 * What approval does to the catalogue: new results are published (creating what they propose), an edit
 * replaces the published row, a report retracts the result for the moderator's reason (required: the
 * reporter's words stay the report's).
 */
function applyApproval(tx: Tx, actor: Actor, submission: StoredSubmission, reason: string): Promise<Applied> {
  switch (submission.kind) {
    case "NEW_RESULTS":
      return publishNewResults(tx, actor, submission);
    case "EDIT_RESULT":
      return applyResultEdit(tx, actor, submission);
    case "REPORT_RESULT": {
      const report = parseStoredPayload(ReportResultSchema, submission.payload);
      requireReason(reason, REASON_REQUIRED.retract);
      const resultId = submission.targetResultId ?? report.resultId;
      return retractPublishedResult(tx, actor, { resultId, reason, submissionId: submission.id });
    }
  }
}

/** "Already decided by Dana: approved on 3 Dec 2026", for the moderator who came second. */
async function explainAlreadyDecided(submissionId: string, error: AppError): Promise<never> {
  const current = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: { status: true, decidedAt: true, decidedBy: { select: { name: true, email: true } } },
  });
  if (!current?.decidedBy) throw error;
  const who = current.decidedBy.name ?? current.decidedBy.email;
  throw new AppError("ALREADY_DECIDED", `Already decided by ${who}: ${STATUS_LABELS[current.status].toLowerCase()} on ${formatDate(current.decidedAt)}.`);
}

async function benchmarkSlugOf(benchmarkId: string | null): Promise<string | null> {
  if (!benchmarkId) return null;
  return (await prisma.benchmark.findUnique({ where: { id: benchmarkId }, select: { slug: true } }))?.slug ?? null;
}

/** A stored payload read with the schema it was written with; one that no longer parses cannot be applied. */
export function parseStoredPayload<T>(schema: z.ZodType<T>, payload: unknown): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new AppError("CONFLICT", "This submission's stored content is no longer valid: reject it or request changes.");
  return parsed.data;
}
