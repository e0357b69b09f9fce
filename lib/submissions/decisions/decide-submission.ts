import type { z } from "zod";
import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import type { Tx } from "@/lib/catalogue/types";
import { AppError, isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { REVIEWER_ROLES, requireActor, type Actor } from "@/lib/users/require-actor";
import { recordTransition } from "./record-transition";
import { STATUS_LABELS, TRANSITIONS } from "../states";

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

type Decision = {
  submissionId: string;
  transition: "approve" | "reject" | "request_changes";
  reason: string;
  /** What the decision does to the catalogue, in the same transaction, with the moderator's reason; nothing by default. */
  apply?: (tx: Tx, actor: Actor, submission: StoredSubmission, reason: string) => Promise<Applied>;
};

/**
 * One moderator's decision on one submission, in one transaction: the acting user re-read with their
 * role, the guarded state change and its review event, then what it does to the catalogue. Once it
 * has committed, the public pages it touched render fresh on their next request.
 */
export async function runDecision(userId: string | null, { submissionId, transition, reason, apply }: Decision): Promise<DecisionOutcome> {
  const trimmed = reason.trim();
  let applied: Applied;
  try {
    applied = await prisma.$transaction(async (tx) => {
      const actor = await requireActor(tx, userId, REVIEWER_ROLES);
      if (transition !== "approve" && !trimmed) throw new AppError("INVALID_INPUT", "Give the submitter a reason.");
      await recordTransition(tx, { submissionId, transition, actor, reason: trimmed });
      const submission = await tx.submission.findUniqueOrThrow({
        where: { id: submissionId },
        select: { id: true, kind: true, submitterId: true, targetResultId: true, payload: true },
      });
      return apply ? apply(tx, actor, submission, trimmed) : NOTHING_PUBLIC;
    });
  } catch (error) {
    if (isAppError(error) && error.code === "ALREADY_DECIDED") await explainAlreadyDecided(submissionId, error);
    throw error;
  }
  if (applied.tags.length > 0) expireTags(applied.tags);
  return { submissionId, status: TRANSITIONS[transition].to, resultIds: applied.resultIds, benchmarkSlug: await benchmarkSlugOf(applied.benchmarkId) };
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
