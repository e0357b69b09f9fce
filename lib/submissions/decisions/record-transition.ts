import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/users/require-actor";
import { STATUS_LABELS } from "../labels";
import { TRANSITIONS, type Transition } from "../states";

type TransitionInput = {
  submissionId: string;
  transition: Transition;
  actor: Actor;
  reason?: string;
  /** A resubmission's replaced payload, kept with its event. */
  previousPayload?: Prisma.InputJsonValue;
};

/**
 * Moves a submission from the state the transition expects, with its review event, inside the caller's
 * transaction. The precondition is part of the write itself, so of two moderators deciding at once exactly
 * one wins; the other gets ALREADY_DECIDED. Moderators never decide their own submissions; submitters
 * move only their own.
 */
export async function recordTransition(tx: Tx, { submissionId, transition, actor, reason, previousPayload }: TransitionInput) {
  const { from, to, by } = TRANSITIONS[transition];
  const isDecision = by === "moderator";
  const updated = await tx.submission.updateMany({
    where: {
      id: submissionId,
      status: { in: [...from] },
      submitterId: isDecision ? { not: actor.id } : actor.id,
    },
    data: isDecision ? { status: to, reason: reason || null, decidedById: actor.id, decidedAt: new Date(), seenAt: null } : { status: to },
  });
  if (updated.count === 0) await explainRefusal(tx, submissionId, actor, isDecision);
  await tx.reviewEvent.create({ data: { submissionId, actorId: actor.id, fromStatus: from[0], toStatus: to, reason: reason || null, previousPayload } });
}

async function explainRefusal(tx: Tx, submissionId: string, actor: Actor, isDecision: boolean): Promise<never> {
  const current = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true, submitterId: true } });
  if (!current) throw new AppError("NOT_FOUND", "There is no such submission.");
  const isOwn = current.submitterId === actor.id;
  if (isDecision && isOwn) throw new AppError("OWN_SUBMISSION", "You cannot review your own submission; another moderator will.");
  if (!isDecision && !isOwn) throw new AppError("FORBIDDEN", "Only the submitter can change this submission.");
  throw new AppError("ALREADY_DECIDED", `This submission is no longer pending: it is ${STATUS_LABELS[current.status].toLowerCase()}.`);
}
