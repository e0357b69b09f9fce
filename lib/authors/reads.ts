import "server-only";
import { prisma } from "@/lib/db";
import type { AuthorClaimStatus } from "@/lib/generated/prisma/enums";

/** The paper a claim page is about, and this user's claim on it if any. Not cached: a signed-in page. */
export async function readPaperForClaim(slug: string, userId: string) {
  const paper = await prisma.paper.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, authors: { orderBy: { position: "asc" }, select: { name: true } } },
  });
  if (!paper) return null;
  const claim = await prisma.authorClaim.findUnique({
    where: { userId_paperId: { userId, paperId: paper.id } },
    select: { status: true, authorName: true, viaOrcid: true, reason: true },
  });
  return { ...paper, authors: paper.authors.map((author) => author.name), claim };
}

export type ResultForAuthor = {
  id: string;
  modelName: string;
  status: string;
  isConfirmed: boolean;
  hasOpenDispute: boolean;
  paper: { slug: string; title: string } | null;
  claimStatus: AuthorClaimStatus | null;
};

/** The result an author page acts on, with this user's claim on its paper. Not cached: a signed-in page. */
export async function readResultForAuthor(resultId: string, userId: string): Promise<ResultForAuthor | null> {
  const result = await prisma.result.findUnique({
    where: { id: resultId },
    select: { id: true, modelName: true, status: true, authorConfirmedAt: true, paperId: true, paper: { select: { slug: true, title: true } } },
  });
  if (!result) return null;
  const [claim, disputes] = await Promise.all([
    result.paperId ? prisma.authorClaim.findUnique({ where: { userId_paperId: { userId, paperId: result.paperId } }, select: { status: true } }) : null,
    prisma.contest.count({ where: { resultId, kind: "DISPUTE", status: "OPEN" } }),
  ]);
  return {
    id: result.id,
    modelName: result.modelName,
    status: result.status,
    isConfirmed: Boolean(result.authorConfirmedAt),
    hasOpenDispute: disputes > 0,
    paper: result.paper,
    claimStatus: claim?.status ?? null,
  };
}
