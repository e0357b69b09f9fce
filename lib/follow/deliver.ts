import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail, type Mail } from "@/lib/mail/send-mail";
import { refuseWebhookUrl } from "./address-check";
import type { ClaimedMessage } from "./outbox";
import { signWebhook } from "./signing";

const WEBHOOK_TIMEOUT_MS = 10_000;

export type DeliveryOutcome = { ok: true } | { ok: false; error: string; isFinal: boolean };

/** Sends one claimed message: a mail through SMTP, or a signed POST to a webhook. */
export async function deliverMessage(message: ClaimedMessage): Promise<DeliveryOutcome> {
  try {
    return message.kind === "EMAIL" ? await deliverMail(message) : await deliverWebhook(message);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), isFinal: false };
  }
}

async function deliverMail(message: ClaimedMessage): Promise<DeliveryOutcome> {
  // The outbox id as Message-ID: a mail sent twice (a kill between SMTP's answer and markSent) is one to a reader's client.
  await sendMail({ ...(message.payload as Mail), messageId: `<${message.id}@outbox.pwc2>` });
  return { ok: true };
}

async function deliverWebhook(message: ClaimedMessage): Promise<DeliveryOutcome> {
  const hook = message.webhookId && (await prisma.webhook.findUnique({ where: { id: message.webhookId }, select: { url: true, secret: true } }));
  if (!hook) return { ok: false, error: "The webhook was deleted", isFinal: true };
  // Checked again at each delivery: a host name may have been pointed inside since registration.
  const refused = await refuseWebhookUrl(hook.url, env.PWC_WEBHOOK_ALLOW_PRIVATE === "on");
  if (refused) return { ok: false, error: refused, isFinal: true };
  const body = JSON.stringify(message.payload);
  const response = await fetch(hook.url, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    headers: {
      "Content-Type": "application/json",
      "User-Agent": "PapersWithCode2-Webhook/1",
      "X-PWC-Delivery": message.id,
      "X-PWC-Event": (message.payload as { kind?: string }).kind ?? "",
      "X-PWC-Signature": signWebhook(hook.secret, body, Math.floor(Date.now() / 1000)),
    },
    body,
  });
  await response.body?.cancel();
  return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}`, isFinal: false };
}
