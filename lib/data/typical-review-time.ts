import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { describeWait, medianWait } from "@/lib/submissions/typical-review-time";

const WINDOW_DAYS = 90;

async function readTypicalReviewTime(): Promise<string | null> {
  const since = new Date(Date.now() - WINDOW_DAYS * 24 * 3_600_000);
  const decided = await prisma.submission.findMany({
    where: { decidedAt: { gte: since }, status: { in: ["APPROVED", "REJECTED", "CHANGES_REQUESTED"] } },
    select: { createdAt: true, decidedAt: true },
    orderBy: { decidedAt: "desc" },
    take: 1000,
  });
  const median = medianWait(decided.map(({ createdAt, decidedAt }) => decidedAt!.getTime() - createdAt.getTime()));
  return median === null ? null : describeWait(median);
}

/** The median wait for a decision over the last 90 days, in words; null with too few decisions to say. */
export const getTypicalReviewTime = unstable_cache(readTypicalReviewTime, ["typical-review-time"], { revalidate: 3600 });
