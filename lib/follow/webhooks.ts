import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/users/require-actor";
import type { CreateWebhook } from "@/lib/validations/follow";
import { refuseWebhookUrl } from "./address-check";
import { createWebhookSecret } from "./signing";

/**
 * A user (or a moderator, for a watch of theirs) registers a URL for one of their watches. Private and
 * loopback addresses are refused unless PWC_WEBHOOK_ALLOW_PRIVATE is on. The secret is returned once.
 */
export async function createWebhook(userId: string | null, { watchId, url }: CreateWebhook): Promise<{ id: string; secret: string }> {
  const refused = await refuseWebhookUrl(url, env.PWC_WEBHOOK_ALLOW_PRIVATE === "on");
  if (refused) throw new AppError("INVALID_INPUT", refused);
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const watch = await tx.watch.findFirst({ where: { id: watchId, userId: actor.id }, select: { id: true } });
    if (!watch) throw new AppError("NOT_FOUND", "You do not watch that.");
    const secret = createWebhookSecret();
    const hook = await tx.webhook.create({ data: { userId: actor.id, watchId, url, secret }, select: { id: true } });
    return { id: hook.id, secret };
  });
}

/** The owner deletes a webhook; its pending deliveries go with it. */
export async function deleteWebhook(userId: string | null, webhookId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    const deleted = await tx.webhook.deleteMany({ where: { id: webhookId, userId: actor.id } });
    if (deleted.count === 0) throw new AppError("NOT_FOUND", "There is no such webhook.");
  });
}
