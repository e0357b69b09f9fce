import { prisma } from "@/lib/db";
import { authorIdOf } from "@/lib/api/author-id";
import { expireTags } from "@/lib/cache/expire-tags";
import { tags } from "@/lib/cache/tags";
import { recordAuditEvents } from "@/lib/audit/audit-events";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REVIEWER_ROLES, requireActor } from "@/lib/users/require-actor";
import { ClaimPaperSchema, DecideClaimSchema, type ClaimPaper, type DecideClaim } from "@/lib/validations/trust";

export type ClaimOutcome = { status: "PENDING" | "APPROVED"; viaOrcid: boolean };

/** An ORCID sign-in vouches for a name: the user's name as ORCID gave it equals the author's, as author ids compare names. */
async function hasOrcidFor(tx: Tx, userId: string, userName: string | null, authorName: string): Promise<boolean> {
  if (!userName || authorIdOf(userName) !== authorIdOf(authorName)) return false;
  return (await tx.account.count({ where: { userId, provider: "orcid" } })) > 0;
}

/**
 * A signed-in user claims to be one of a paper's authors. With an ORCID identity of that name the claim is
 * approved at once; otherwise it waits in the moderation queue. A claim is an audit event.
 */
export async function claimPaper(userId: string | null, input: ClaimPaper): Promise<ClaimOutcome> {
  const data = ClaimPaperSchema.parse(input);
  const { outcome, paperId } = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const paper = await tx.paper.findUnique({ where: { id: data.paperId }, select: { id: true, title: true, authors: { select: { name: true } } } });
    if (!paper) throw new AppError("NOT_FOUND", "There is no such paper.");
    if (!paper.authors.some((author) => author.name === data.authorName)) throw new AppError("INVALID_INPUT", "Choose your name among the paper's authors.");
    const existing = await tx.authorClaim.findUnique({ where: { userId_paperId: { userId: actor.id, paperId: paper.id } }, select: { status: true } });
    if (existing && existing.status !== "REJECTED") throw new AppError("CONFLICT", "You have already claimed this paper.");
    const viaOrcid = await hasOrcidFor(tx, actor.id, actor.name, data.authorName);
    const status = viaOrcid ? "APPROVED" : "PENDING";
    const claim = {
      authorName: data.authorName,
      note: data.note,
      status,
      viaOrcid,
      decidedAt: viaOrcid ? new Date() : null,
      decidedById: null,
      reason: null,
    } as const;
    await tx.authorClaim.upsert({
      where: { userId_paperId: { userId: actor.id, paperId: paper.id } },
      create: { ...claim, userId: actor.id, paperId: paper.id },
      update: claim,
    });
    await recordAuditEvents(tx, { actorId: actor.id }, [
      {
        kind: "AUTHOR_CLAIM",
        subject: paper.title,
        userId: actor.id,
        before: existing?.status ?? "NONE",
        after: { status, authorName: data.authorName, viaOrcid },
      },
    ]);
    return { outcome: { status, viaOrcid } as ClaimOutcome, paperId: paper.id };
  });
  if (outcome.status === "APPROVED") expireTags([tags.paper(paperId)]);
  return outcome;
}

/** A moderator approves or rejects a pending claim (not their own); both are audit events. */
export async function decideClaim(userId: string | null, input: DecideClaim): Promise<void> {
  const data = DecideClaimSchema.parse(input);
  const paperId = await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId, REVIEWER_ROLES);
    const claim = await tx.authorClaim.findUnique({
      where: { id: data.claimId },
      select: { userId: true, paperId: true, authorName: true, paper: { select: { title: true } } },
    });
    if (!claim) throw new AppError("NOT_FOUND", "There is no such claim.");
    if (claim.userId === actor.id) throw new AppError("OWN_SUBMISSION", "Another moderator decides your own claim.");
    const status = data.decision === "approve" ? "APPROVED" : "REJECTED";
    const decided = await tx.authorClaim.updateMany({
      where: { id: data.claimId, status: "PENDING" },
      data: { status, decidedById: actor.id, decidedAt: new Date(), reason: data.reason || null },
    });
    if (decided.count === 0) throw new AppError("ALREADY_DECIDED", "Another moderator has decided this claim.");
    await recordAuditEvents(tx, { actorId: actor.id }, [
      {
        kind: "AUTHOR_CLAIM",
        subject: claim.paper.title,
        userId: claim.userId,
        before: "PENDING",
        after: { status, authorName: claim.authorName, reason: data.reason },
      },
    ]);
    return claim.paperId;
  });
  expireTags([tags.paper(paperId)]);
}

/** Whether the user is an approved author of the paper. */
export async function isApprovedAuthor(tx: Tx, userId: string, paperId: string | null): Promise<boolean> {
  if (!paperId) return false;
  return (await tx.authorClaim.count({ where: { userId, paperId, status: "APPROVED" } })) > 0;
}
