// npm run lighthouse [-- --port 3451 --chrome-port 3452 --skip-build --running --runs 1 --reports DIR]
// Lighthouse (the real tool, with Debian's Chromium: CHROME_PATH, default /usr/bin/chromium) on a production
// build of the database DATABASE_URL names: the home page, its largest leaderboard and the paper with most
// results, each as a phone (Lighthouse's default: a mid-range phone on a slow 4G line, simulated) and as a
// desktop. Prints the performance and accessibility scores with LCP, TBT and CLS, and writes the figures
// to bench-results/. Each page is asked for once first, so that Lighthouse sees the cached page a visitor gets.
// With --runs N each page is measured N times and the median score is kept; --reports DIR keeps each run's whole
// Lighthouse report (bootup-time, mainthread-work-breakdown, long tasks…) as JSON to see where the time goes.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { desktopConfig, type Flags } from "lighthouse";
import { prisma } from "@/lib/db";
import { run, startServer, stopServer } from "./serve";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: "3451" },
    "chrome-port": { type: "string", default: "3452" },
    runs: { type: "string", default: "1" },
    "skip-build": { type: "boolean", default: false },
    running: { type: "boolean", default: false },
    reports: { type: "string" },
  },
});
const BASE = `http://localhost:${options.port}`;
process.env.AUTH_SECRET ??= "lighthouse-only-secret-not-for-a-real-site";
process.env.AUTH_TRUST_HOST ??= "true";

type Row = { page: string; form: "mobile" | "desktop"; performance: number; accessibility: number; "LCP ms": number; "TBT ms": number; CLS: number };

/** The home page, the leaderboard with most results and the paper with most results. */
async function choosePages(): Promise<{ name: string; path: string }[]> {
  const [benchmark] = await prisma.$queryRaw<{ slug: string }[]>`
    SELECT b."slug" FROM "Benchmark" b JOIN "Result" r ON r."benchmarkId" = b."id"
    GROUP BY b."id", b."slug" ORDER BY count(*) DESC, b."slug" LIMIT 1`;
  const [paper] = await prisma.$queryRaw<{ slug: string }[]>`
    SELECT p."slug" FROM "Paper" p JOIN "Result" r ON r."paperId" = p."id"
    GROUP BY p."id", p."slug" ORDER BY count(*) DESC, p."slug" LIMIT 1`;
  if (!benchmark || !paper) throw new Error("The database is empty: run `npm run db:seed` or import data first.");
  return [
    { name: "home", path: "/" },
    { name: "leaderboard", path: `/sota/${benchmark.slug}` },
    { name: "paper", path: `/paper/${paper.slug}` },
  ];
}

/** Headless Chromium with its DevTools port open, as Lighthouse drives it; stopped by kill(). */
async function launchChrome(port: number) {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lighthouse-chrome-"));
  const chrome = spawn(
    process.env.CHROME_PATH ?? "/usr/bin/chromium",
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      // No look-ups of outside hosts: the network is closed.
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      if (tries > 150) throw new Error("Chromium did not open its DevTools port");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    async kill() {
      const exited = new Promise((resolve) => chrome.once("exit", resolve));
      chrome.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(port: number, url: string, form: Row["form"], report?: string): Promise<Omit<Row, "page" | "form">> {
  const flags: Flags = { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] };
  const result = await lighthouse(url, flags, form === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  if (report) writeFileSync(report, JSON.stringify(result.lhr));
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    "LCP ms": Math.round(audits["largest-contentful-paint"].numericValue ?? 0),
    "TBT ms": Math.round(audits["total-blocking-time"].numericValue ?? 0),
    CLS: +(audits["cumulative-layout-shift"].numericValue ?? 0).toFixed(3),
  };
}

async function main() {
  const pages = await choosePages();
  if (!options["skip-build"] && !options.running) await run("npx", ["next", "build"]);
  const server = options.running ? null : await startServer(Number(options.port));
  const chromePort = Number(options["chrome-port"]);
  const chrome = await launchChrome(chromePort);
  const rows: Row[] = [];
  if (options.reports) mkdirSync(options.reports, { recursive: true });
  try {
    for (const page of pages) {
      await (await fetch(BASE + page.path)).arrayBuffer(); // the cached page, as a visitor gets it
      for (const form of ["mobile", "desktop"] as const) {
        const runs: Omit<Row, "page" | "form">[] = [];
        for (let i = 0; i < Number(options.runs); i++) {
          const report = options.reports && path.join(options.reports, `${page.name}-${form}-${i + 1}.json`);
          runs.push(await measure(chromePort, BASE + page.path, form, report));
        }
        const kept = runs.find((r) => r.performance === median(runs.map((x) => x.performance)))!;
        rows.push({ page: `${page.name} (${page.path.slice(0, 40)})`, form, ...kept });
      }
    }
  } finally {
    await chrome.kill();
    if (server) await stopServer(server, Number(options.port));
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(`\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, load average ${load}`);
  console.table(rows);
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify({ load, rows }, null, 2));
  console.log(`Written to ${file}`);
}

try {
  await main();
} finally {
  await prisma.$disconnect();
}
