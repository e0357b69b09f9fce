import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { serverWorkerCount } from "./server-workers.js";

describe("serverWorkerCount", () => {
  it("runs one process per core by default, at most four", () => {
    expect(serverWorkerCount(undefined, 2)).toBe(2);
    expect(serverWorkerCount("", 1)).toBe(1);
    expect(serverWorkerCount(" ", 16)).toBe(4);
  });

  it("takes PWC_SERVER_WORKERS as a whole number from 1 to 64", () => {
    expect(serverWorkerCount("1", 2)).toBe(1);
    expect(serverWorkerCount("6", 2)).toBe(6);
    for (const bad of ["0", "-1", "1.5", "two", "65"]) expect(() => serverWorkerCount(bad, 2)).toThrow(/PWC_SERVER_WORKERS/);
  });
});

// A real primary with two workers on a loopback port, each answering with its process id.
const PORT = 3551;
const MODULE = pathToFileURL(path.join(import.meta.dirname, "server-workers.js")).href;
const PROGRAM = `
import cluster from "node:cluster";
import { createServer } from "node:http";
import { superviseWorkers } from "${MODULE}";
if (cluster.isPrimary) superviseWorkers(2);
else createServer((request, response) => response.end(String(process.pid))).listen(${PORT}, "127.0.0.1");
`;

/** A worker's answer, over a connection of its own (the primary hands connections to the workers in turn). */
function ask(pathname = "/", port = PORT): Promise<string | null> {
  return new Promise((resolve) => {
    // A connection handed to a worker as it was killed gets no answer: it counts as none.
    const request = get({ host: "127.0.0.1", port, path: pathname, agent: false, timeout: 2000 }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body));
    });
    request.on("error", () => resolve(null));
    request.on("timeout", () => request.destroy());
  });
}

/** The worker's process id. */
async function askPid(): Promise<number | null> {
  const answer = await ask();
  return answer ? Number(answer) : null;
}

async function workerPids(asks = 20): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < asks; i += 1) {
    const pid = await askPid();
    if (pid) pids.add(pid);
  }
  return pids;
}

async function untilWorkers(test: (pids: Set<number>) => boolean): Promise<Set<number>> {
  for (let tries = 0; tries < 200; tries += 1) {
    const pids = await workerPids();
    if (test(pids)) return pids;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("The workers never got there");
}

let primary: ChildProcess | undefined;
afterEach(() => primary?.kill("SIGKILL"));

/** Runs `program` as a primary's script: a file, not `node -e`, since the workers are forked from it. */
function startPrimary(program: string): ChildProcess {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "server-workers-")), "server.mjs");
  writeFileSync(file, program);
  return spawn(process.execPath, [file], { stdio: "inherit" });
}

describe("superviseWorkers", () => {
  it("serves from two workers, starts another when one is SIGKILLed, and stops them all on SIGTERM", async () => {
    primary = startPrimary(PROGRAM);
    const first = await untilWorkers((pids) => pids.size === 2);

    const [killed] = first;
    process.kill(killed, "SIGKILL");
    const after = await untilWorkers((pids) => pids.size === 2 && !pids.has(killed));
    expect([...after].filter((pid) => first.has(pid))).toHaveLength(1);

    primary.kill("SIGTERM");
    const [code] = await once(primary, "exit");
    expect(code).toBe(0);
    expect(await workerPids(3)).toEqual(new Set());
    for (const pid of after) expect(() => process.kill(pid, 0)).toThrow();
  });
});

// Two workers with the cache handler: "/set" stores an entry (as a render's end does), "/get" reads it, each
// answering with its process id.
const CACHE_PORT = 3552;
const HANDLER = pathToFileURL(path.join(import.meta.dirname, "..", "cache", "cache-handler.js")).href;
const CACHE_PROGRAM = `
import cluster from "node:cluster";
import { createServer } from "node:http";
import { superviseWorkers } from "${MODULE}";
import CacheHandler from "${HANDLER}";
if (cluster.isPrimary) superviseWorkers(2);
else {
  const cache = new CacheHandler();
  createServer(async (request, response) => {
    const value = { kind: "FETCH", data: { headers: {}, body: "rendered by " + process.pid, status: 200 }, revalidate: false };
    if (request.url === "/set") await cache.set("fetch-key", value, { tags: [] });
    const entry = request.url === "/get" ? await cache.get("fetch-key") : null;
    response.end(JSON.stringify({ pid: process.pid, body: entry?.value?.data?.body ?? null }));
  }).listen(${CACHE_PORT}, "127.0.0.1");
}
`;

describe("cache entries shared between workers", () => {
  it("are rendered by one worker and served by the other without a render of its own", async () => {
    primary = startPrimary(CACHE_PROGRAM);
    const answer = async (pathname: string) => JSON.parse((await ask(pathname, CACHE_PORT)) ?? "null") as { pid: number; body: string | null } | null;
    // Both workers listen first: an entry sent while one is still loading never reaches it (it renders its own).
    const listening = new Set<number>();
    for (const deadline = Date.now() + 30_000; listening.size < 2 && Date.now() < deadline;) {
      const pid = (await answer("/"))?.pid;
      if (pid) listening.add(pid);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(listening.size).toBe(2);
    const setter = await answer("/set");
    expect(setter).not.toBeNull();
    // The other worker answers a connection soon (they take turns), with the entry the first one made once the
    // primary has handed it over: asked again until then, for up to 30 s on a busy machine.
    let fromOther: { pid: number; body: string | null } | null = null;
    for (const deadline = Date.now() + 30_000; !fromOther && Date.now() < deadline;) {
      const got = await answer("/get");
      if (got && got.pid !== setter!.pid && got.body !== null) fromOther = got;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(fromOther?.body).toBe(`rendered by ${setter!.pid}`);
  });
});
