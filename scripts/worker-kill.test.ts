// The outbox worker killed with SIGKILL mid-batch loses nothing: a second worker sends what the first had
// claimed once its lease runs out. Delivery is at least once; a mail sent twice keeps its Message-ID.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { startTestSmtpServer } from "@/lib/test/smtp-server";

const MESSAGES = 40;
const received: string[] = [];
let isHolding = true;
let release: () => void = () => {};
const held = new Promise<void>((resolve) => (release = resolve));
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

beforeAll(async () => {
  // The first five mails go through; then the server holds every mail unanswered, as a slow server
  // would, so that the worker is killed with a batch claimed and in flight.
  smtp = await startTestSmtpServer(0, async (mail) => {
    if (isHolding && received.length >= 5) await held;
    received.push(mail.messageId ?? "");
  });
});
afterAll(() => smtp.close());

function startWorker(): ChildProcess {
  // node itself with tsx's loader, not the tsx CLI, whose child would outlive a SIGKILL of its parent.
  return spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PWC_OUTBOX_LEASE_MS: "2000", PWC_WORKER_POLL_MS: "100" },
    stdio: "ignore",
  });
}

const until = async (condition: () => Promise<boolean> | boolean, timeoutMs = 45_000) => {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

it("sends every message after a SIGKILL mid-batch, each at least once, the duplicates only those in flight", { timeout: 90_000 }, async () => {
  await prisma.outboxMessage.deleteMany();
  await prisma.outboxMessage.createMany({
    data: Array.from({ length: MESSAGES }, (_, i) => ({
      kind: "EMAIL" as const,
      dedupKey: `kill-test:${i}`,
      payload: { to: `reader${i}@example.org`, subject: `Mail ${i}`, text: "Hello" },
    })),
  });

  const first = startWorker();
  await until(() => received.length >= 5);
  await until(async () => (await prisma.outboxMessage.count({ where: { attempts: { gt: 0 }, status: "PENDING" } })) >= 10);
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  const sentBeforeKill = await prisma.outboxMessage.count({ where: { status: "SENT" } });
  const inFlight = await prisma.outboxMessage.count({ where: { status: "PENDING", attempts: { gt: 0 } } });
  expect(sentBeforeKill).toBeLessThan(MESSAGES);
  expect(inFlight).toBeGreaterThan(0);

  isHolding = false;
  release();
  const second = startWorker();
  try {
    await until(async () => (await prisma.outboxMessage.count({ where: { status: "SENT" } })) === MESSAGES);
  } finally {
    second.kill("SIGTERM");
  }

  const ids = (await prisma.outboxMessage.findMany({ select: { id: true } })).map((message) => `<${message.id}@outbox.pwc2>`);
  await until(() => ids.every((id) => received.includes(id)));
  expect(new Set(received)).toEqual(new Set(ids));
  const duplicates = received.length - MESSAGES;
  // Only a message whose sending was under way at the kill can arrive twice; a reader's mail client folds it by Message-ID.
  expect(duplicates).toBeLessThanOrEqual(inFlight + (received.length > 0 ? 1 : 0));
  console.info(`SIGKILL test: ${MESSAGES} messages, ${sentBeforeKill} sent before the kill, ${inFlight} claimed in flight, ${duplicates} delivered twice`);
});
