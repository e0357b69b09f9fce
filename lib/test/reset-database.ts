import { forgetKnownTokens } from "@/lib/api/tokens";
import { forgetBatchedHits } from "@/lib/batched-rate-limit";
import { prisma } from "@/lib/db";

/** Empties every table, children first, so that a test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  forgetBatchedHits();
  forgetKnownTokens();
  await prisma.$transaction([
    prisma.leaderboardSnapshot.deleteMany(),
    prisma.outboxMessage.deleteMany(),
    prisma.watchEvent.deleteMany(),
    prisma.auditEvent.deleteMany(),
    prisma.reviewEvent.deleteMany(),
    prisma.resultRevision.deleteMany(),
    prisma.submission.deleteMany(),
    prisma.resultValue.deleteMany(),
    prisma.result.deleteMany(),
    prisma.metric.deleteMany(),
    prisma.benchmark.deleteMany(),
    prisma.codeRepository.deleteMany(),
    prisma.paperAuthor.deleteMany(),
    prisma.method.deleteMany(),
    prisma.paper.deleteMany(),
    prisma.datasetLink.deleteMany(),
    prisma.dataset.deleteMany(),
    prisma.taskSynonym.deleteMany(),
    prisma.task.deleteMany(),
    prisma.area.deleteMany(),
    prisma.apiToken.deleteMany(),
    prisma.passwordReset.deleteMany(),
    prisma.account.deleteMany(),
    prisma.session.deleteMany(),
    prisma.user.deleteMany(),
    prisma.rateLimit.deleteMany(),
    prisma.cacheTag.deleteMany(),
  ]);
}
