import type { Tx } from "@/lib/db";
import { authorIdOf } from "@/lib/api/author-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WatchEventKind, WatchTargetKind } from "@/lib/generated/prisma/enums";

export type WatchTarget = { kind: WatchTargetKind; id: string };

/** What changed: who watches one of `targets` gets it in their inbox (and their webhooks), and so do `userIds`. */
export type WatchEventInput = {
  kind: WatchEventKind;
  title: string;
  /** The site path it links to. */
  path: string;
  targets: WatchTarget[];
  /** Told whether or not they watch: the submitter of a reviewed submission. */
  userIds?: string[];
  data?: Record<string, unknown>;
};

/**
 * Records one event inside the caller's transaction (the approval, retraction or dispute that causes it):
 * the event, one inbox item per watcher, one outbox delivery per webhook of a matching watch. Nothing is
 * sent here; the worker (scripts/worker.ts) delivers after the commit, so a rollback leaves nothing behind.
 */
export async function recordWatchEvents(tx: Tx, event: WatchEventInput): Promise<{ eventId: string; recipients: number }> {
  const created = await tx.watchEvent.create({
    data: { kind: event.kind, title: event.title, path: event.path, data: (event.data ?? {}) as Prisma.InputJsonValue },
    select: { id: true, createdAt: true },
  });
  const watches =
    event.targets.length === 0
      ? []
      : await tx.watch.findMany({
          where: { OR: event.targets.map((target) => ({ targetKind: target.kind, targetId: target.id })) },
          select: { userId: true, webhooks: { select: { id: true } } },
        });
  const userIds = [...new Set([...watches.map((watch) => watch.userId), ...(event.userIds ?? [])])];
  if (userIds.length > 0) await tx.inboxItem.createMany({ data: userIds.map((userId) => ({ userId, eventId: created.id })) });
  const hookIds = [...new Set(watches.flatMap((watch) => watch.webhooks.map((hook) => hook.id)))];
  if (hookIds.length > 0) {
    const body = {
      id: created.id,
      kind: event.kind,
      title: event.title,
      path: event.path,
      createdAt: created.createdAt.toISOString(),
      data: event.data ?? {},
    } as Prisma.InputJsonObject;
    await tx.outboxMessage.createMany({
      data: hookIds.map((webhookId) => ({ kind: "WEBHOOK" as const, dedupKey: `webhook:${webhookId}:${created.id}`, webhookId, payload: body })),
    });
  }
  return { eventId: created.id, recipients: userIds.length };
}

/** Whom a change to a result concerns: its benchmark, the benchmark's task and dataset (and parent), its paper and the paper's authors. */
export async function watchTargetsOfResult(tx: Tx, resultId: string): Promise<WatchTarget[]> {
  const result = await tx.result.findUniqueOrThrow({
    where: { id: resultId },
    select: {
      benchmark: { select: { id: true, taskId: true, datasetId: true, dataset: { select: { parentId: true } } } },
      paper: { select: { id: true, authors: { select: { name: true } } } },
    },
  });
  const { benchmark, paper } = result;
  const targets: WatchTarget[] = [
    { kind: "BENCHMARK", id: benchmark.id },
    { kind: "TASK", id: benchmark.taskId },
    { kind: "DATASET", id: benchmark.datasetId },
  ];
  if (benchmark.dataset.parentId) targets.push({ kind: "DATASET", id: benchmark.dataset.parentId });
  if (paper) targets.push({ kind: "PAPER", id: paper.id }, ...paper.authors.map((author) => ({ kind: "AUTHOR" as const, id: authorIdOf(author.name) })));
  return targets;
}
