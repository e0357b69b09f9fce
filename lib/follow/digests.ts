import { prisma } from "@/lib/db";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { configuredSiteUrl } from "@/lib/site-url";
import { createUnsubscribeToken } from "./unsubscribe-token";

const PERIOD_MS: Record<Exclude<DigestFrequency, "OFF">, number> = { DAILY: 24 * 3600_000, WEEKLY: 7 * 24 * 3600_000 };

/** The worker's round: every user whose daily or weekly period has passed since their last digest gets one. */
export async function enqueueDueDigests(now = new Date()): Promise<number> {
  const settings = await prisma.digestSetting.findMany({
    where: { frequency: { not: "OFF" } },
    select: { userId: true, frequency: true, lastSentAt: true, createdAt: true },
  });
  let enqueued = 0;
  for (const setting of settings) {
    const since = (setting.lastSentAt ?? setting.createdAt).getTime();
    if (now.getTime() - since < PERIOD_MS[setting.frequency as keyof typeof PERIOD_MS]) continue;
    if (await enqueueDigest(setting.userId, now)) enqueued += 1;
  }
  return enqueued;
}

/**
 * One digest mail of the user's unread inbox items not mailed before, into the outbox, with the items
 * marked as mailed in the same transaction: run twice, the second finds nothing. Null when nothing is new.
 */
export async function enqueueDigest(userId: string, now = new Date()): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    const items = await tx.inboxItem.findMany({
      where: { userId, readAt: null, digestedAt: null },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: { id: true, event: { select: { title: true, path: true, createdAt: true } } },
    });
    await tx.digestSetting.updateMany({ where: { userId }, data: { lastSentAt: now } });
    if (items.length === 0) return null;
    await tx.inboxItem.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data: { digestedAt: now } });
    const site = configuredSiteUrl();
    const token = encodeURIComponent(createUnsubscribeToken(userId));
    const unsubscribe = `${site}/unsubscribe?token=${token}`;
    const lines = items.map((item) => `- ${item.event.title}\n  ${site}${item.event.path}`);
    const text = [
      `Hello ${user.name ?? user.email},`,
      "",
      `What changed on what you watch (${items.length} ${items.length === 1 ? "item" : "items"}):`,
      "",
      ...lines,
      "",
      `Your inbox: ${site}/inbox`,
      `Stop these e-mails: ${unsubscribe}`,
    ].join("\n");
    const message = await tx.outboxMessage.create({
      data: {
        kind: "EMAIL",
        dedupKey: `digest:${userId}:${items[0].id}`,
        payload: {
          to: user.email,
          subject: `Papers With Code 2: ${items.length} ${items.length === 1 ? "change" : "changes"} on what you watch`,
          text,
          // RFC 8058: a mail client's own one-click "Unsubscribe" POSTs there, signed out.
          headers: { "List-Unsubscribe": `<${site}/api/unsubscribe?token=${token}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        },
      },
      select: { id: true },
    });
    return message.id;
  });
}

/** The inbox's and the unsubscribe link's setting; OFF keeps the row so the choice is remembered. */
export async function setDigestFrequency(userId: string, frequency: DigestFrequency): Promise<void> {
  await prisma.digestSetting.upsert({ where: { userId }, create: { userId, frequency }, update: { frequency } });
}
