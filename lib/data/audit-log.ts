import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditKind, ResultChange, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import type { AuditLogQuery } from "@/lib/validations/moderation";
import { pageCountOf } from "./pagination";
import { datasetLabel } from "./shapes";

export const LOG_PAGE_SIZE = 40;

type Person = { name: string | null; email: string };

export type AuditEntry =
  | {
      type: "review";
      id: string;
      createdAt: Date;
      actor: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus;
      reason: string | null;
      submission: { id: string; kind: SubmissionKind; label: string };
    }
  | {
      type: "revision";
      id: string;
      createdAt: Date;
      actor: string | null;
      change: ResultChange;
      reason: string | null;
      submissionId: string | null;
      result: { id: string; modelName: string; benchmarkSlug: string; benchmarkLabel: string };
    }
  | {
      type: "audit";
      id: string;
      createdAt: Date;
      actor: string | null;
      kind: AuditKind;
      subject: string;
      before: unknown;
      after: unknown;
      reason: null;
      benchmark: { slug: string; label: string } | null;
    };

const nameOf = (person: Person | null) => person && (person.name ?? person.email);

function createdWithin(query: AuditLogQuery): Prisma.DateTimeFilter | undefined {
  if (!query.from && !query.to) return undefined;
  return {
    ...(query.from && { gte: new Date(`${query.from}T00:00:00Z`) }),
    ...(query.to && { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 24 * 3600 * 1000) }),
  };
}

/**
 * Every review event, every edit and retraction of a published result, and every change of a metric's
 * meaning or of a role (audit events), newest first, filtered by who acted, the state reached (a
 * retraction of a result counts as RETRACTED; audit events reach none) and the day.
 */
export async function listAuditLog(query: AuditLogQuery): Promise<{ entries: AuditEntry[]; total: number; pageCount: number }> {
  const createdAt = createdWithin(query);
  const eventWhere: Prisma.ReviewEventWhereInput = {
    ...(query.actor && { actorId: query.actor }),
    ...(query.state && { toStatus: query.state }),
    ...(createdAt && { createdAt }),
  };
  const includeRevisions = query.state === "" || query.state === "RETRACTED";
  const revisionWhere: Prisma.ResultRevisionWhereInput = {
    change: query.state === "RETRACTED" ? "RETRACTED" : { in: ["EDITED", "RETRACTED"] },
    ...(query.actor && { actorId: query.actor }),
    ...(createdAt && { createdAt }),
  };
  const includeAudit = query.state === "";
  const auditWhere: Prisma.AuditEventWhereInput = {
    ...(query.actor && { actorId: query.actor }),
    ...(createdAt && { createdAt }),
  };
  const take = query.page * LOG_PAGE_SIZE;
  const [events, eventCount, revisions, revisionCount, audits, auditCount] = await Promise.all([
    prisma.reviewEvent.findMany({
      where: eventWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      include: {
        actor: { select: { name: true, email: true } },
        submission: { select: { id: true, kind: true, taskName: true, datasetName: true } },
      },
    }),
    prisma.reviewEvent.count({ where: eventWhere }),
    includeRevisions
      ? prisma.resultRevision.findMany({
          where: revisionWhere,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take,
          include: {
            actor: { select: { name: true, email: true } },
            result: {
              select: {
                id: true,
                modelName: true,
                benchmark: {
                  select: { slug: true, task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } } },
                },
              },
            },
          },
        })
      : [],
    includeRevisions ? prisma.resultRevision.count({ where: revisionWhere }) : 0,
    includeAudit
      ? prisma.auditEvent.findMany({
          where: auditWhere,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take,
          include: {
            actor: { select: { name: true, email: true } },
            benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } } } },
          },
        })
      : [],
    includeAudit ? prisma.auditEvent.count({ where: auditWhere }) : 0,
  ]);
  const entries: AuditEntry[] = [
    ...events.map((event) => ({
      type: "review" as const,
      id: event.id,
      createdAt: event.createdAt,
      actor: nameOf(event.actor)!,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      submission: { id: event.submission.id, kind: event.submission.kind, label: `${event.submission.taskName} on ${event.submission.datasetName}` },
    })),
    ...revisions.map((revision) => ({
      type: "revision" as const,
      id: revision.id,
      createdAt: revision.createdAt,
      actor: nameOf(revision.actor),
      change: revision.change,
      reason: revision.reason,
      submissionId: revision.submissionId,
      result: {
        id: revision.result.id,
        modelName: revision.result.modelName,
        benchmarkSlug: revision.result.benchmark.slug,
        benchmarkLabel: `${revision.result.benchmark.task.name} on ${datasetLabel(revision.result.benchmark.dataset)}`,
      },
    })),
    ...audits.map((audit) => ({
      type: "audit" as const,
      id: audit.id,
      createdAt: audit.createdAt,
      actor: nameOf(audit.actor),
      kind: audit.kind,
      subject: audit.subject,
      before: audit.before,
      after: audit.after,
      reason: null,
      benchmark: audit.benchmark && { slug: audit.benchmark.slug, label: `${audit.benchmark.task.name} on ${datasetLabel(audit.benchmark.dataset)}` },
    })),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const total = eventCount + revisionCount + auditCount;
  return { entries: entries.slice((query.page - 1) * LOG_PAGE_SIZE, take), total, pageCount: pageCountOf(total, LOG_PAGE_SIZE) };
}

/** Who has acted on submissions, results, metrics or roles: the log's actor filter. */
export async function listActors(): Promise<{ id: string; label: string }[]> {
  const users = await prisma.user.findMany({
    where: { OR: [{ reviewEvents: { some: {} } }, { resultRevisions: { some: {} } }, { auditActions: { some: {} } }] },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  return users.map((user) => ({ id: user.id, label: user.name ? `${user.name} (${user.email})` : user.email }));
}
