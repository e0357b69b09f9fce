import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { OutboxKind } from "@/lib/generated/prisma/enums";
import { backoffMs, MAX_ATTEMPTS } from "./backoff";

export type ClaimedMessage = { id: string; kind: OutboxKind; payload: unknown; attempts: number; webhookId: string | null };

/**
 * Claims up to `limit` due messages for this worker: each one's next attempt is moved a lease ahead in a
 * write guarded on the value read, so two workers never both claim one, and a claim that is never
 * finished (a SIGKILL) runs out and the message is sent again: delivery is at least once.
 */
export async function claimDueMessages(limit: number, now = new Date()): Promise<ClaimedMessage[]> {
  const due = await prisma.outboxMessage.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true, kind: true, payload: true, attempts: true, webhookId: true, nextAttemptAt: true },
  });
  const claimed: ClaimedMessage[] = [];
  for (const message of due) {
    const won = await prisma.outboxMessage.updateMany({
      where: { id: message.id, status: "PENDING", nextAttemptAt: message.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + env.PWC_OUTBOX_LEASE_MS), attempts: { increment: 1 }, lastAttemptAt: now },
    });
    if (won.count === 1) claimed.push({ ...message, attempts: message.attempts + 1 });
  }
  return claimed;
}

export async function markSent(id: string): Promise<void> {
  await prisma.outboxMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
}

/** A failed attempt: tried again after the back-off, or given up after the last attempt (or at once when `isFinal`). */
export async function markFailed(message: ClaimedMessage, error: string, isFinal = false): Promise<void> {
  const isDead = isFinal || message.attempts >= MAX_ATTEMPTS;
  await prisma.outboxMessage.update({
    where: { id: message.id },
    data: { status: isDead ? "DEAD" : "PENDING", lastError: error.slice(0, 500), nextAttemptAt: new Date(Date.now() + backoffMs(message.attempts)) },
  });
}
