// npm run bench:follow: a burst of 1,000 watch events (as 1,000 approvals would write them) on a fresh
// database, then the outbox worker, as its own process, sends the webhooks and digests they made.
// Prints the time to enqueue, the time to deliver and the worker's peak memory (docs/performance.md).
// DATABASE_URL names the database to drop and make again (default: data/bench-follow.db).
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";

process.env.DATABASE_URL ??= `file:${path.resolve("data/bench-follow.db")}`;
const EVENTS = 1000;
const WATCHERS = 50;

execFileSync("npx", ["tsx", "scripts/recreate-database.ts"], { stdio: "inherit" });
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore" });
const { prisma } = await import("@/lib/db");
const { recordWatchEvents } = await import("@/lib/follow/events");
const { enqueueDigest } = await import("@/lib/follow/digests");
const { startTestSmtpServer } = await import("@/lib/test/smtp-server");

let mails = 0;
let hooks = 0;
const smtp = await startTestSmtpServer(0, () => void (mails += 1));
const receiver = createServer((request, response) => {
  request.resume().on("end", () => {
    hooks += 1;
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));

const task = await prisma.task.create({ data: { name: "Bench Task", slug: "bench-task" } });
const dataset = await prisma.dataset.create({ data: { name: "Bench Set", slug: "bench-set" } });
const benchmark = await prisma.benchmark.create({ data: { slug: "bench-task-on-bench-set", taskId: task.id, datasetId: dataset.id } });
const users = [];
for (let i = 0; i < WATCHERS; i++) {
  const user = await prisma.user.create({ data: { email: `watcher${i}@bench.example.org` } });
  await prisma.watch.create({ data: { userId: user.id, targetKind: "BENCHMARK", targetId: benchmark.id, label: "Bench" } });
  users.push(user);
}
const watch = await prisma.watch.findFirstOrThrow({ where: { userId: users[0].id } });
const port = (receiver.address() as AddressInfo).port;
await prisma.webhook.create({ data: { userId: users[0].id, watchId: watch.id, url: `http://127.0.0.1:${port}/hook`, secret: "whsec_bench" } });

// Enqueue: one transaction per event, as each approval writes its own.
let started = performance.now();
for (let i = 0; i < EVENTS; i++) {
  await prisma.$transaction((tx) =>
    recordWatchEvents(tx, {
      kind: "NEW_RESULT",
      title: `New result ${i}`,
      path: "/sota/bench-task-on-bench-set",
      targets: [{ kind: "BENCHMARK", id: benchmark.id }],
    }),
  );
}
const enqueueMs = performance.now() - started;
started = performance.now();
for (const user of users) await enqueueDigest(user.id);
const digestMs = performance.now() - started;
const total = await prisma.outboxMessage.count();

started = performance.now();
const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
  env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PWC_WEBHOOK_ALLOW_PRIVATE: "on", PWC_WORKER_POLL_MS: "100" },
  stdio: "ignore",
});
let peakKb = 0;
while ((await prisma.outboxMessage.count({ where: { status: "SENT" } })) < total) {
  const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, "utf8"));
  peakKb = Math.max(peakKb, Number(hwm?.[1] ?? 0));
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const deliverMs = performance.now() - started;
const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, "utf8"));
peakKb = Math.max(peakKb, Number(hwm?.[1] ?? 0));
worker.kill("SIGTERM");

console.log(`database: ${process.env.DATABASE_URL.split("@").pop()}`);
console.log(
  `enqueue ${EVENTS} events × ${WATCHERS} watchers (${EVENTS * WATCHERS} inbox items, ${EVENTS} webhook deliveries): ${Math.round(enqueueMs)} ms (${(enqueueMs / EVENTS).toFixed(2)} ms an event)`,
);
console.log(`enqueue ${WATCHERS} digests of ${EVENTS} items (100 listed each): ${Math.round(digestMs)} ms`);
console.log(
  `deliver ${total} messages (${hooks} webhooks, ${mails} mails) with one worker: ${Math.round(deliverMs)} ms (${Math.round(total / (deliverMs / 1000))} a second), worker peak RSS ${Math.round(peakKb / 1024)} MB`,
);
await smtp.close();
receiver.close();
await prisma.$disconnect();
