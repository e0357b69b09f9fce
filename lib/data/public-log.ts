import "server-only";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { describeAuditEvent } from "@/lib/audit/audit-events";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { modelNamesOf } from "@/lib/submissions/summarise-payload";
import { cached } from "./cache";
import { pageCountOf } from "./pagination";
import { datasetLabel } from "./shapes";

export const PUBLIC_LOG_PAGE_SIZE = 30;

type Benchmark = { slug: string; label: string } | null;

/** An approval, a retraction or a change of a metric, as the public sees it: names only, never an email. */
export type PublicLogEntry =
  | {
      type: "approval";
      id: string;
      at: string;
      moderator: string;
      submitter: string;
      kind: SubmissionKind;
      models: string[];
      benchmark: Benchmark;
      names: string;
    }
  | { type: "retraction"; id: string; at: string; moderator: string; modelName: string; benchmark: Benchmark; reason: string | null; report: string | null }
  | { type: "metric"; id: string; at: string; moderator: string; benchmark: Benchmark; what: string; before: string; after: string };

// Role changes stay in /moderation/log.
const METRIC_CHANGES: Prisma.AuditEventWhereInput = { kind: { in: ["METRIC_DIRECTION", "METRIC_UNIT", "METRIC_ORDER", "BENCHMARK_SETTINGS"] } };

const benchmarkSelect = { slug: true, task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } } } as const;

function benchmarkOf(benchmark: { slug: string; task: { name: string }; dataset: { name: string; parent: { name: string } | null } } | null): Benchmark {
  return benchmark && { slug: benchmark.slug, label: `${benchmark.task.name} on ${datasetLabel(benchmark.dataset)}` };
}

async function readPublicLog(page: number): Promise<{ entries: PublicLogEntry[]; total: number; pageCount: number }> {
  const take = page * PUBLIC_LOG_PAGE_SIZE;
  const approvals = { toStatus: "APPROVED" } as const;
  const retractions = { change: "RETRACTED" } as const;
  const [events, eventCount, revisions, revisionCount, audits, auditCount] = await Promise.all([
    prisma.reviewEvent.findMany({
      where: approvals,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        createdAt: true,
        actor: { select: { name: true } },
        submission: {
          select: {
            kind: true,
            payload: true,
            taskName: true,
            datasetName: true,
            submitter: { select: { name: true } },
            benchmark: { select: benchmarkSelect },
            targetResult: { select: { modelName: true } },
          },
        },
      },
    }),
    prisma.reviewEvent.count({ where: approvals }),
    prisma.resultRevision.findMany({
      where: retractions,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        createdAt: true,
        reason: true,
        actor: { select: { name: true } },
        submission: { select: { kind: true, comment: true } },
        result: { select: { modelName: true, benchmark: { select: benchmarkSelect } } },
      },
    }),
    prisma.resultRevision.count({ where: retractions }),
    prisma.auditEvent.findMany({
      where: METRIC_CHANGES,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        subject: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
        benchmark: { select: benchmarkSelect },
      },
    }),
    prisma.auditEvent.count({ where: METRIC_CHANGES }),
  ]);
  const entries: PublicLogEntry[] = [
    ...events.map(({ id, createdAt, actor, submission }) => ({
      type: "approval" as const,
      id,
      at: createdAt.toISOString(),
      moderator: actor.name ?? "A moderator",
      submitter: submission.submitter.name ?? "a member",
      kind: submission.kind,
      models: submission.targetResult ? [submission.targetResult.modelName] : modelNamesOf(submission.kind, submission.payload),
      benchmark: benchmarkOf(submission.benchmark),
      names: `${submission.taskName} on ${submission.datasetName}`,
    })),
    ...revisions.map(({ id, createdAt, reason, actor, submission, result }) => ({
      type: "retraction" as const,
      id,
      at: createdAt.toISOString(),
      moderator: actor?.name ?? "A moderator",
      modelName: result.modelName,
      benchmark: benchmarkOf(result.benchmark),
      reason,
      report: submission?.kind === "REPORT_RESULT" ? submission.comment : null,
    })),
    ...audits.map((audit) => ({
      type: "metric" as const,
      id: audit.id,
      at: audit.createdAt.toISOString(),
      moderator: audit.actor?.name ?? "A moderator",
      benchmark: benchmarkOf(audit.benchmark),
      ...describeAuditEvent(audit),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const total = eventCount + revisionCount + auditCount;
  return { entries: entries.slice(take - PUBLIC_LOG_PAGE_SIZE, take), total, pageCount: pageCountOf(total, PUBLIC_LOG_PAGE_SIZE) };
}

/** /log: who approved what and when, what was retracted and why, and which metric changed how, newest first. */
export function getPublicLog(page: number) {
  return cached(["public-log", String(page)], [tags.catalogue], () => readPublicLog(page));
}
