// npm run bench [-- --duration 10 --connections 10 --port 3900 --skip-build --repeat 30 --pending 10000 --only invalidation]
// Serves a production build of the database DATABASE_URL names and measures (docs/performance.md):
// 1. cached pages (home, the largest leaderboard, the paper with most results, the task with most
//    benchmarks, a search), each next to a static file of the same size served by the same server:
//    median, mean and p99 latency, requests per second, and the page/static ratios (autocannon counts
//    latency in whole milliseconds: under 1 ms the median is 0, and the mean tells more);
// 2. the first request after the largest leaderboard's tag expires, `repeat` times;
// 3. searches never made before, one at a time;
// 4. the moderation queue with `pending` pending submissions, as a moderator;
// 5. approvals through the API, each followed at once by the leaderboard and the home page, which
//    must already show the approved result.
// Results are printed and written to bench-results/; with --only invalidation, only 2, printed.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { approvableSubmissions, benchModerator, ensurePendingSubmissions } from "./bench-fixtures";
import { run, startServer, stopServer } from "./serve";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3900" },
    "skip-build": { type: "boolean", default: false },
    repeat: { type: "string", default: "30" },
    pending: { type: "string", default: "10000" },
    only: { type: "string" },
  },
});
const PORT = Number(options.port);
const BASE = `http://localhost:${PORT}`;
const STATIC_DIR = path.resolve("public/bench");
const REPEAT = Number(options.repeat);
// The server's session secret: the bench signs its moderator's cookie with it.
process.env.AUTH_SECRET ??= "bench-only-secret-not-for-a-real-site";
process.env.AUTH_TRUST_HOST ??= "true";

type Target = { name: string; path: string };
type Figures = { medianMs: number; meanMs: number; p99Ms: number; requestsPerSecond: number; errors: number };
type Timings = { count: number; p50Ms: number; p99Ms: number; maxMs: number };

async function chooseTargets() {
  const [benchmark] = await prisma.$queryRaw<{ id: string; slug: string }[]>`
    SELECT b."id", b."slug" FROM "Benchmark" b JOIN "Result" r ON r."benchmarkId" = b."id"
    GROUP BY b."id", b."slug" ORDER BY count(*) DESC, b."slug" LIMIT 1`;
  const [paper] = await prisma.$queryRaw<{ slug: string; title: string }[]>`
    SELECT p."slug", p."title" FROM "Paper" p JOIN "Result" r ON r."paperId" = p."id"
    GROUP BY p."id", p."slug", p."title" ORDER BY count(*) DESC, p."slug" LIMIT 1`;
  const [task] = await prisma.$queryRaw<{ slug: string }[]>`
    SELECT t."slug" FROM "Task" t JOIN "Benchmark" b ON b."taskId" = t."id"
    GROUP BY t."id", t."slug" ORDER BY count(*) DESC, t."slug" LIMIT 1`;
  if (!benchmark || !paper || !task) throw new Error("The database is empty: run `npm run db:seed` or import data first.");
  const word = paper.title.split(/\W+/).find((w) => w.length > 4) ?? paper.title;
  const targets: Target[] = [
    { name: "home", path: "/" },
    { name: "leaderboard", path: `/sota/${benchmark.slug}` },
    { name: "paper", path: `/paper/${paper.slug}` },
    { name: "task", path: `/task/${task.slug}` },
    { name: "search", path: `/search?q=${encodeURIComponent(word.toLowerCase())}` },
  ];
  return { targets, benchmark };
}

async function pageSizes(targets: Target[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const target of targets) {
    const response = await fetch(BASE + target.path);
    if (!response.ok) throw new Error(`${target.path} answered ${response.status}`);
    sizes.set(target.name, (await response.arrayBuffer()).byteLength);
  }
  return sizes;
}

function writeStaticTwins(sizes: Map<string, number>): void {
  mkdirSync(STATIC_DIR, { recursive: true });
  for (const [name, bytes] of sizes) writeFileSync(path.join(STATIC_DIR, `${name}.html`), "x".repeat(bytes));
}

async function load(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections: Number(options.connections), duration: Number(options.duration) });
  return {
    medianMs: result.latency.p50,
    meanMs: +result.latency.average.toFixed(2),
    p99Ms: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

function timings(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return { count: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: +sorted.at(-1)!.toFixed(1) };
}

/** One request, timed to the last byte of the body; refuses an error response. */
async function timedGet(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms, body };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first request after the leaderboard's benchmark tag expires: the page and its read are rendered anew. */
async function afterInvalidation(benchmark: { id: string; slug: string }): Promise<Timings> {
  const url = `${BASE}/sota/${benchmark.slug}`;
  await timedGet(url);
  const samples: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    await expireTagsEverywhere([tags.benchmark(benchmark.id)]);
    samples.push((await timedGet(url)).ms);
    await pause(100);
  }
  return timings(samples);
}

/** Searches none asked before (so none is cached), one at a time, over every kind of entry. */
async function freshSearches(): Promise<Timings & { queries: string[] }> {
  // Past the first thousand papers when there are that many (the cached search above used the first).
  const papers = await prisma.paper.count();
  const titles = await prisma.paper.findMany({ select: { title: true }, orderBy: { slug: "asc" }, skip: papers > 5000 ? 1000 : 0, take: 4000 });
  const words = [...new Set(titles.flatMap((paper) => paper.title.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
  const queries: string[] = [];
  for (let i = 0; queries.length < REPEAT * 2 && i < 100 * REPEAT; i++) {
    const a = words[(i * 7) % words.length];
    const b = words[(i * 13 + 5) % words.length];
    // Alternately one word, two words, and a prefix of a word as someone types it.
    const query = i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : a.slice(0, 4);
    if (!queries.includes(query)) queries.push(query);
  }
  // The server starts empty for each run of the bench: none of these queries is in its cache.
  const samples: number[] = [];
  for (const query of queries) samples.push((await timedGet(`${BASE}/search?q=${encodeURIComponent(query)}`)).ms);
  return { ...timings(samples), queries };
}

/** The moderation queue's first page and a deep one, as a moderator: a dynamic page, never cached. */
async function moderationQueue(cookie: string): Promise<{ first: Timings; deep: Timings; bytes: number }> {
  const headers = { cookie };
  const check = await timedGet(`${BASE}/moderation`, headers);
  if (!check.body.includes('data-testid="queue-total"')) throw new Error("/moderation did not show the queue: is the cookie a moderator's?");
  const first: number[] = [];
  const deep: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    first.push((await timedGet(`${BASE}/moderation`, headers)).ms);
    deep.push((await timedGet(`${BASE}/moderation?page=300`, headers)).ms);
  }
  return { first: timings(first), deep: timings(deep), bytes: Buffer.byteLength(check.body) };
}

/** Approvals through the API, each followed at once by the pages that must show the result. */
async function approveThenRead(benchmark: { id: string; slug: string }, cookie: string) {
  const submissions = await approvableSubmissions(benchmark.id, 10);
  const approve: number[] = [];
  const leaderboard: number[] = [];
  const home: number[] = [];
  let stale = 0;
  for (const submission of submissions) {
    // Both pages in the cache first, as a reader left them.
    await timedGet(`${BASE}/sota/${benchmark.slug}`);
    await timedGet(`${BASE}/`);
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/submissions/${submission.id}/approve`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: "{}",
    });
    if (!response.ok) throw new Error(`Approving ${submission.id} answered ${response.status}: ${await response.text()}`);
    approve.push(performance.now() - started);
    const board = await timedGet(`${BASE}/sota/${benchmark.slug}`);
    const front = await timedGet(`${BASE}/`);
    leaderboard.push(board.ms);
    home.push(front.ms);
    if (!board.body.includes(submission.modelName) || !front.body.includes(submission.modelName)) stale += 1;
  }
  return { approvals: submissions.length, stale, approve: timings(approve), leaderboard: timings(leaderboard), home: timings(home) };
}

/** Only the first request after the largest leaderboard's tag expires: what an approval costs that board. */
async function invalidationOnly(benchmark: { id: string; slug: string }): Promise<void> {
  if (!options["skip-build"]) await run("npx", ["next", "build"]);
  const server = await startServer(PORT);
  try {
    const timings = await afterInvalidation(benchmark);
    console.table({ [`/sota/${benchmark.slug} after its tag expired (ms)`]: timings });
  } finally {
    await stopServer(server, PORT);
  }
}

async function main(): Promise<void> {
  const { targets, benchmark } = await chooseTargets();
  if (options.only === "invalidation") return invalidationOnly(benchmark);
  if (options.only !== undefined) throw new Error(`--only takes "invalidation" (was "${options.only}").`);
  const seeding = performance.now();
  const pending = await ensurePendingSubmissions(Number(options.pending));
  const moderator = await benchModerator(process.env.AUTH_SECRET!);
  console.log(`${pending} pending submissions (${((performance.now() - seeding) / 1000).toFixed(1)} s to make sure)`);
  if (!options["skip-build"]) await run("npx", ["next", "build"]);
  let server = await startServer(PORT);
  const sizes = await pageSizes(targets);
  await stopServer(server, PORT);
  writeStaticTwins(sizes);
  server = await startServer(PORT);
  const rows = [];
  let invalidation, search, moderation, approvals;
  try {
    for (const target of targets) {
      await load(BASE + target.path); // warm-up run, not counted
      const page = await load(BASE + target.path);
      const twin = await load(`${BASE}/bench/${target.name}.html`);
      const ratio = (a: number, b: number) => +(a / Math.max(b, 0.001)).toFixed(2);
      rows.push({
        page: target.path,
        bytes: sizes.get(target.name),
        ...page,
        static: twin,
        ratio: ratio(page.medianMs, twin.medianMs),
        meanRatio: ratio(page.meanMs, twin.meanMs),
        throughputRatio: ratio(twin.requestsPerSecond, page.requestsPerSecond),
      });
    }
    invalidation = await afterInvalidation(benchmark);
    search = await freshSearches();
    moderation = await moderationQueue(moderator.cookie);
    approvals = await approveThenRead(benchmark, moderator.cookie);
  } finally {
    await stopServer(server, PORT);
    rmSync(STATIC_DIR, { recursive: true, force: true });
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`;
  console.log(`\n${options.connections} connections, ${options.duration} s per run, Node ${process.version}, ${machine}\n`);
  console.table(
    rows.map((row) => ({
      page: row.page,
      KB: Math.round((row.bytes ?? 0) / 1024),
      "p50 ms": row.medianMs,
      "p99 ms": row.p99Ms,
      "req/s": row.requestsPerSecond,
      "static p50": row.static.medianMs,
      "static p99": row.static.p99Ms,
      "static req/s": row.static.requestsPerSecond,
      "p50 ratio": row.ratio,
      "mean ms": row.meanMs,
      "static mean": row.static.meanMs,
      "mean ratio": row.meanRatio,
      "req/s ratio": row.throughputRatio,
      errors: row.errors + row.static.errors,
    })),
  );
  console.log("One request at a time (ms):");
  console.table({
    [`/sota/${benchmark.slug} after its tag expired`]: invalidation,
    "search, a query not asked before": { ...search, queries: undefined },
    "/moderation (first page)": moderation?.first,
    "/moderation?page=300": moderation?.deep,
    "approve through the API": approvals?.approve,
    "leaderboard right after": approvals?.leaderboard,
    "home right after": approvals?.home,
  });
  console.log(`Approved ${approvals?.approvals}: ${approvals?.stale} stale responses (the approved row missing from the next leaderboard or home page).`);
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify({ options, machine, pending, rows, invalidation, search, moderation, approvals }, null, 2));
  console.log(`Written to ${file}`);
}

await main();
await prisma.$disconnect();
