import { createServer, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { startTestSmtpServer, type ReceivedMail } from "@/lib/test/smtp-server";
import { enqueueDigest } from "./digests";
import { signWebhook, verifyWebhook } from "./signing";
import { verifyUnsubscribeToken } from "./unsubscribe-token";
import { runOutboxOnce } from "./worker";

const mails: ReceivedMail[] = [];
const hits: { headers: IncomingMessage["headers"]; body: string }[] = [];
let answer = 500;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
const receiver = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    hits.push({ headers: request.headers, body });
    response.writeHead(answer).end();
  });
});

beforeAll(async () => {
  smtp = await startTestSmtpServer(0, (mail) => void mails.push(mail));
  // lib/env was parsed at import: the servers' ports are known only now.
  Object.assign(env, { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PWC_WEBHOOK_ALLOW_PRIVATE: "on" });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await smtp.close();
  receiver.close();
});
beforeEach(resetDatabase);

async function inboxEvent(userId: string, title: string) {
  const event = await prisma.watchEvent.create({ data: { kind: "NEW_BEST", title, path: "/sota/board", data: {} } });
  return prisma.inboxItem.create({ data: { userId, eventId: event.id } });
}

describe("the outbox worker", () => {
  it("mails a digest of the unread inbox once, with a signed unsubscribe link and List-Unsubscribe", async () => {
    const user = await createTestUser();
    await prisma.digestSetting.create({ data: { userId: user.id, frequency: "DAILY" } });
    await inboxEvent(user.id, "New best on Board: Net A");
    await inboxEvent(user.id, "New best on Board: Net B");

    expect(await enqueueDigest(user.id)).toBeTruthy();
    expect(await enqueueDigest(user.id)).toBeNull();
    expect(await runOutboxOnce()).toBe(1);

    const mail = mails.find((received) => received.to.includes(user.email))!;
    expect(mail.subject).toBe("Papers With Code 2: 2 changes on what you watch");
    expect(mail.text).toContain("- New best on Board: Net A\n  http://localhost:");
    const token = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec(mail.text)![1]);
    expect(verifyUnsubscribeToken(token)).toBe(user.id);
    expect(verifyUnsubscribeToken(token.slice(0, -2) + "xx")).toBeNull();
    expect(mail.listUnsubscribe).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\?token=/);
    const message = await prisma.outboxMessage.findFirstOrThrow();
    expect(mail.messageId).toBe(`<${message.id}@outbox.pwc2>`);
    expect(message).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("retries a failing webhook with back-off and logs the error, then delivers it signed", async () => {
    const user = await createTestUser();
    const watch = await prisma.watch.create({ data: { userId: user.id, targetKind: "AUTHOR", targetId: "ada", label: "ada" } });
    const address = receiver.address() as { port: number };
    const hook = await prisma.webhook.create({ data: { userId: user.id, watchId: watch.id, url: `http://127.0.0.1:${address.port}/hook`, secret: "whsec_x" } });
    const message = await prisma.outboxMessage.create({
      data: { kind: "WEBHOOK", dedupKey: "webhook:test", webhookId: hook.id, payload: { id: "evt", kind: "NEW_BEST" } },
    });

    answer = 500;
    const before = Date.now();
    expect(await runOutboxOnce()).toBe(1);
    const failed = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 500" });
    expect(failed.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(24_000);
    expect(await runOutboxOnce()).toBe(0);

    answer = 204;
    await prisma.outboxMessage.update({ where: { id: message.id }, data: { nextAttemptAt: new Date() } });
    expect(await runOutboxOnce()).toBe(1);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 2 });

    const delivered = hits.at(-1)!;
    expect(delivered.body).toBe('{"id":"evt","kind":"NEW_BEST"}');
    expect(delivered.headers["x-pwc-delivery"]).toBe(message.id);
    expect(verifyWebhook("whsec_x", delivered.body, String(delivered.headers["x-pwc-signature"]))).toBe(true);
    const timestamp = Number(/t=(\d+)/.exec(String(delivered.headers["x-pwc-signature"]))![1]);
    expect(delivered.headers["x-pwc-signature"]).toBe(signWebhook("whsec_x", delivered.body, timestamp));
  });

  it("gives up at once on a private address when the deployment does not allow them", async () => {
    Object.assign(env, { PWC_WEBHOOK_ALLOW_PRIVATE: "off" });
    try {
      const user = await createTestUser();
      const watch = await prisma.watch.create({ data: { userId: user.id, targetKind: "AUTHOR", targetId: "ada", label: "ada" } });
      const hook = await prisma.webhook.create({ data: { userId: user.id, watchId: watch.id, url: "http://10.0.0.1/hook", secret: "s" } });
      await prisma.outboxMessage.create({ data: { kind: "WEBHOOK", dedupKey: "webhook:private", webhookId: hook.id, payload: {} } });
      await runOutboxOnce();
      expect(await prisma.outboxMessage.findFirstOrThrow()).toMatchObject({
        status: "DEAD",
        lastError: expect.stringMatching(/10\.0\.0\.1 of 10\.0\.0\.1 is private/),
      });
    } finally {
      Object.assign(env, { PWC_WEBHOOK_ALLOW_PRIVATE: "on" });
    }
  });
});
