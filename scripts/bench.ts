// npm run bench [-- --duration 10 --connections 10 --skip-build]
// Serves a production build and loads the home page, the largest leaderboard, the paper with most results
// and a search, each next to a static file of the same size served by the same server; prints median and
// p99 latency, requests per second and the page/static ratio, and writes them to bench-results/.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { prisma } from "@/lib/db";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3900" },
    "skip-build": { type: "boolean", default: false },
  },
});
const PORT = Number(options.port);
const BASE = `http://localhost:${PORT}`;
const STATIC_DIR = path.resolve("public/bench");

type Target = { name: string; path: string };
type Figures = { medianMs: number; p99Ms: number; requestsPerSecond: number; errors: number };

async function chooseTargets(): Promise<Target[]> {
  const benchmark = await prisma.benchmark.findFirst({ orderBy: { results: { _count: "desc" } }, select: { slug: true } });
  const paper = await prisma.paper.findFirst({ orderBy: { results: { _count: "desc" } }, select: { slug: true, title: true } });
  if (!benchmark || !paper) throw new Error("The database is empty: run `npm run db:seed` or import data first.");
  const word = paper.title.split(/\W+/).find((w) => w.length > 4) ?? paper.title;
  return [
    { name: "home", path: "/" },
    { name: "leaderboard", path: `/sota/${benchmark.slug}` },
    { name: "paper", path: `/paper/${paper.slug}` },
    { name: "search", path: `/search?q=${encodeURIComponent(word.toLowerCase())}` },
  ];
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "--port", String(PORT)], { stdio: "ignore", detached: true });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer on ${BASE}`);
}

function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
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
    p99Ms: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const targets = await chooseTargets();
  if (!options["skip-build"]) await run("npx", ["next", "build"]);
  let server = await startServer();
  const sizes = await pageSizes(targets);
  stopServer(server);
  writeStaticTwins(sizes);
  server = await startServer();
  const rows = [];
  try {
    for (const target of targets) {
      await load(BASE + target.path); // warm-up run, not counted
      const page = await load(BASE + target.path);
      const twin = await load(`${BASE}/bench/${target.name}.html`);
      rows.push({ page: target.path, bytes: sizes.get(target.name), ...page, static: twin, ratio: +(page.medianMs / Math.max(twin.medianMs, 0.001)).toFixed(2) });
    }
  } finally {
    stopServer(server);
    rmSync(STATIC_DIR, { recursive: true, force: true });
  }
  console.log(`\n${options.connections} connections, ${options.duration} s per run, Node ${process.version}\n`);
  console.table(
    rows.map((row) => ({
      page: row.page,
      "KB": Math.round((row.bytes ?? 0) / 1024),
      "p50 ms": row.medianMs,
      "p99 ms": row.p99Ms,
      "req/s": row.requestsPerSecond,
      "static p50": row.static.medianMs,
      "static p99": row.static.p99Ms,
      "static req/s": row.static.requestsPerSecond,
      "p50 ratio": row.ratio,
      errors: row.errors + row.static.errors,
    })),
  );
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify({ options, rows }, null, 2));
  console.log(`Written to ${file}`);
}

await main();
await prisma.$disconnect();
