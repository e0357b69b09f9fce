import "server-only";
import { describeAuditEvent } from "@/lib/audit/audit-events";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { cached } from "./cache";

const SHOWN = 20;

export type LeaderboardChange = { id: string; at: string; moderator: string; what: string; before: string; after: string };

/** The latest changes of a benchmark's metrics (direction, unit, order), newest first, with who made them. */
export function getLeaderboardChanges(benchmarkId: string): Promise<{ changes: LeaderboardChange[]; total: number }> {
  return cached(["leaderboard-changes", benchmarkId], [tags.benchmark(benchmarkId)], async () => {
    const where = { benchmarkId };
    const [events, total] = await Promise.all([
      prisma.auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: SHOWN,
        select: { id: true, createdAt: true, kind: true, subject: true, before: true, after: true, actor: { select: { name: true } } },
      }),
      prisma.auditEvent.count({ where }),
    ]);
    const changes = events.map((event) => ({
      id: event.id,
      at: event.createdAt.toISOString(),
      moderator: event.actor?.name ?? "A moderator",
      ...describeAuditEvent(event),
    }));
    return { changes, total };
  });
}
