// A server process per core (PWC_SERVER_WORKERS): server.js's primary forks the workers, which each run the
// whole server and share its port (node:cluster hands them connections in turn), and starts another when
// one dies. Each worker keeps its own cached pages; their expiry is shared through the CacheTag table
// (lib/cache/tag-store.js), so every worker stops serving a page as soon as any of them expires it. What a
// worker renders, it sends to the primary, which hands it to the others (SHARED_ENTRY): a page changed by an
// approval is rendered once on the machine, not once per worker.
// Plain JavaScript: server.js loads it uncompiled.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

/** The type of the message that carries a cache entry from the worker that made it to the others. */
export const SHARED_ENTRY = "pwc:cache-entry";

/** Past this, more processes mostly add memory: each holds its own cached pages. */
const MOST_BY_DEFAULT = 4;

/**
 * How many server processes to run: PWC_SERVER_WORKERS, or one per core up to four. 1 serves from the
 * one process, without a primary.
 * @param {string | undefined} value
 * @param {number} cores
 */
export function serverWorkerCount(value = process.env.PWC_SERVER_WORKERS, cores = availableParallelism()) {
  const text = value?.trim();
  if (!text) return Math.max(1, Math.min(cores, MOST_BY_DEFAULT));
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`PWC_SERVER_WORKERS must be a whole number from 1 to 64 (was "${value}"). See .env.example.`);
  }
  return count;
}

/**
 * In the primary: forks `count` workers and replaces any that ends while the server runs (a crash, a
 * SIGKILL). A worker that ends before it ever listened means the server cannot start: the primary stops
 * them all and exits with an error rather than fork in a loop. SIGTERM and SIGINT stop the workers, then it.
 * @param {number} count
 */
export function superviseWorkers(count) {
  let stopping = false;
  const listened = new Set();
  cluster.on("listening", (worker) => listened.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return exitWhenAllGone();
    if (!listened.delete(worker.id)) {
      console.error(`A server worker ended before it listened (${signal ?? `exit code ${code}`}): stopping.`);
      return stop("SIGTERM", 1);
    }
    console.error(`Server worker ${worker.process.pid} ended (${signal ?? `exit code ${code}`}): starting another.`);
    cluster.fork();
  });
  /** @param {NodeJS.Signals} signal @param {number} exitCode */
  function stop(signal, exitCode) {
    stopping = true;
    process.exitCode = exitCode;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    exitWhenAllGone();
  }
  function exitWhenAllGone() {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
  }
  process.on("SIGTERM", () => stop("SIGTERM", 0));
  process.on("SIGINT", () => stop("SIGINT", 0));
  // Entries hold Buffers and Maps (a page's RSC payload and segments): sent as they are, not as JSON.
  cluster.setupPrimary({ serialization: "advanced" });
  cluster.on("message", relayEntry);
  for (let i = 0; i < count; i += 1) cluster.fork();
}

/**
 * Hands a cache entry one worker made to every other worker.
 * @param {import("node:cluster").Worker} from
 * @param {unknown} message
 */
function relayEntry(from, message) {
  if (/** @type {{ type?: string } | null} */ (message)?.type !== SHARED_ENTRY) return;
  for (const worker of Object.values(cluster.workers ?? {})) {
    if (worker && worker !== from && worker.isConnected()) worker.send(message);
  }
}
