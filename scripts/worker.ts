// npm run worker: sends what the site put in the outbox (digest mails, webhook deliveries), with retries
// and back-off, and enqueues digests when they are due. npm start and the e2e server start one.
import { env } from "@/lib/env";
import { runWorker } from "@/lib/follow/worker";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
console.log(`outbox worker: polling every ${env.PWC_WORKER_POLL_MS} ms`);
await runWorker({ pollMs: env.PWC_WORKER_POLL_MS, signal: controller.signal });
process.exit(0);
