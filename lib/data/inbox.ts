import "server-only";
import { prisma } from "@/lib/db";

export const INBOX_SHOWN = 100;

/** The user's inbox, newest first. */
export function listInbox(userId: string) {
  return prisma.inboxItem.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: INBOX_SHOWN,
    select: { id: true, readAt: true, createdAt: true, event: { select: { kind: true, title: true, path: true } } },
  });
}

export function countUnreadInbox(userId: string): Promise<number> {
  return prisma.inboxItem.count({ where: { userId, readAt: null } });
}

/** Opening the inbox reads everything in it. */
export async function markInboxRead(userId: string): Promise<void> {
  await prisma.inboxItem.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}

export async function getDigestFrequency(userId: string) {
  return (await prisma.digestSetting.findUnique({ where: { userId }, select: { frequency: true } }))?.frequency ?? "OFF";
}

/** The profile's watches, each with its webhooks and their latest deliveries. */
export function listWatchesWithWebhooks(userId: string) {
  return prisma.watch.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      targetKind: true,
      label: true,
      webhooks: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          url: true,
          createdAt: true,
          deliveries: {
            orderBy: { createdAt: "desc" },
            take: 10,
            select: { id: true, status: true, attempts: true, lastError: true, lastAttemptAt: true, sentAt: true, createdAt: true, payload: true },
          },
        },
      },
    },
  });
}
export type WatchWithWebhooks = Awaited<ReturnType<typeof listWatchesWithWebhooks>>[number];
