import "server-only";
import { prisma } from "@/lib/db";
import { normalisePaperRef } from "@/lib/submissions/paper-ref";
import { PaperChoiceSchema, type CreateSubmission } from "@/lib/validations/submission";

/**
 * The papers of a user's own submissions still waiting for review, newest first, once each: the form
 * offers them so that a paper sent once is not typed again (it reaches the catalogue only on approval).
 */
export async function getPendingPapers(userId: string): Promise<CreateSubmission["paper"][]> {
  const pending = await prisma.submission.findMany({
    where: { submitterId: userId, status: "PENDING", kind: "NEW_RESULTS" },
    orderBy: { createdAt: "desc" },
    select: { payload: true },
    take: 50,
  });
  const papers = new Map<string, CreateSubmission["paper"]>();
  for (const { payload } of pending) {
    const paper = PaperChoiceSchema.safeParse((payload as { paper?: unknown } | null)?.paper).data;
    const key = paper && (normalisePaperRef(paper.ref) || paper.title.toLowerCase());
    if (paper?.title && key && !papers.has(key)) papers.set(key, paper);
  }
  return [...papers.values()];
}
