import { deliverMessage } from "./deliver";
import { enqueueDueDigests } from "./digests";
import { claimDueMessages, markFailed, markSent } from "./outbox";

const BATCH = 20;
const DIGEST_EVERY_MS = 60_000;

/** One pass: claim a batch, send each, record the outcome. Returns how many were claimed. */
export async function runOutboxOnce(): Promise<number> {
  const claimed = await claimDueMessages(BATCH);
  await Promise.all(
    claimed.map(async (message) => {
      const outcome = await deliverMessage(message);
      if (outcome.ok) await markSent(message.id);
      else await markFailed(message, outcome.error, outcome.isFinal);
    }),
  );
  return claimed.length;
}

/** The worker's loop (scripts/worker.ts): a full batch goes again at once, an empty one waits `pollMs`. */
export async function runWorker({ pollMs, signal }: { pollMs: number; signal?: AbortSignal }): Promise<void> {
  let lastDigests = 0;
  while (!signal?.aborted) {
    if (Date.now() - lastDigests >= DIGEST_EVERY_MS) {
      lastDigests = Date.now();
      await enqueueDueDigests();
    }
    const claimed = await runOutboxOnce();
    if (claimed < BATCH) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
