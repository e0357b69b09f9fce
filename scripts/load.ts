// npm run load [-- --rate 1700 | --readers 100] [--submitters 10 --seconds 60 --decide-every 1.5 --port 3960
//                   --skip-build --kill-at 30 | --running]
// Load without loss (docs/performance.md): a production build of the database DATABASE_URL names, and
// for `seconds`:
// - readers asking for pages of the catalogue, leaderboards, papers, searches, and the read API with their
//   tokens, as a browser does (gzip, connections kept alive): with --rate, that many requests a second, each
//   sent when it is due whether or not the earlier ones were answered, and timed from then (the way visitors
//   arrive at a site: a slow answer does not hold back the next visitor); without it, `readers` concurrent
//   readers, each asking for the next page as soon as it has the last one;
// - `submitters` submitters, each sending a submission through the API every 1.2 s (under the limit of
//   60 writes a minute per account, PWC_WRITE_LIMIT), and moderators deciding one every `decide-every`
//   seconds whether or not the last decision was answered yet (enough moderators that each stays under the
//   write limit), approving four of five and rejecting the fifth.
// With --kill-at S, the server is killed with SIGKILL S seconds in and started again at once; what was
// in flight then is not an error, but what the server had accepted must survive.
// After each approval its moderator asks for the approved row's leaderboard, which must show it (no stale page).
// Afterwards it checks that every submission the server accepted is in the database as it was sent, that
// every decision it confirmed holds (approved rows published), and that the database breaks none of the
// rules of lib/consistency.ts. Exit code 1 on any error response or loss. With --running, it loads a
// server already running on the port (built and started by hand, on the same DATABASE_URL).
// It prints the CPU it used itself and the machine's: on one machine, the script's share is not the server's.
import { mkdirSync, writeFileSync } from "node:fs";
import { Agent } from "node:http";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { API_LIMITS } from "@/lib/api/limits";
import { findInconsistencies } from "@/lib/consistency";
import { prisma } from "@/lib/db";
import { serverWorkerCount } from "@/lib/front/server-workers.js";
import { resultsOfSubmission } from "@/lib/submissions/submission-results";
import type { CreateSubmission } from "@/lib/validations/submission";
import { WRITE_LIMIT } from "@/lib/write-limit";
import { getAndDrop, postJson } from "./http-client";
import { loadAccounts, loadSubmission, readerMix, submitterCatalogue, type ReaderMix, type ReaderTarget, type SubmitterCatalogue } from "./load-fixtures";
import { run, startServer, stopServer } from "./serve";

const { values: options } = parseArgs({
  options: {
    rate: { type: "string" },
    readers: { type: "string", default: "100" },
    submitters: { type: "string", default: "10" },
    seconds: { type: "string", default: "60" },
    "decide-every": { type: "string", default: "1.5" },
    port: { type: "string", default: "3960" },
    "kill-at": { type: "string" },
    "skip-build": { type: "boolean", default: false },
    running: { type: "boolean", default: false },
  },
});
const PORT = Number(options.port);
const BASE = `http://localhost:${PORT}`;
const SUBMIT_EVERY_MS = 1_200;
const DECIDE_EVERY_MS = Number(options["decide-every"]) * 1000;
if (!(DECIDE_EVERY_MS >= 10)) throw new Error(`--decide-every takes seconds, 0.01 or more (was "${options["decide-every"]}").`);
const REJECT_ONE_IN = 5;
const RATE = options.rate === undefined ? null : Number(options.rate);
if (RATE !== null && !(RATE > 0)) throw new Error(`--rate takes requests a second, more than 0 (was "${options.rate}").`);
process.env.AUTH_SECRET ??= "load-only-secret-not-for-a-real-site";
process.env.AUTH_TRUST_HOST ??= "true";

type Kind = "page" | "api read" | "submit" | "decide" | "after approval";
// `sent`: when the request left (or was due), on performance.now()'s clock.
type Outcome = { kind: Kind; path: string; status: number | "no answer"; ms: number; during: "run" | "outage"; sent: number };
type Accepted = { id: string; modelName: string; leaderboard: string };
type Decision = { id: string; status: "APPROVED" | "REJECTED" };

const outcomes: Outcome[] = [];
const accepted: Accepted[] = [];
const unanswered: string[] = []; // model names of submissions sent when the server died
const decided: Decision[] = [];
// Approvals whose leaderboard, asked for right after the approval's answer, did not show the new row.
const stale: string[] = [];
// The server's state: "down" from the kill until it answers again.
let serverState: "up" | "down" = "up";

/** One request, timed to the end of its body and recorded; null when no answer came. */
async function request(kind: Kind, path: string, init: RequestInit = {}): Promise<{ status: number; body: string } | null> {
  const started = performance.now();
  try {
    const response = await fetch(BASE + path, { redirect: "manual", ...init });
    const body = await response.text();
    // An answer is the server's, whenever the request was sent: an error status is an error.
    outcomes.push({ kind, path, status: response.status, ms: performance.now() - started, during: "run", sent: started });
    return { status: response.status, body };
  } catch {
    // No answer: the kill cut it off, or it was sent while no server listened.
    outcomes.push({ kind, path, status: "no answer", ms: performance.now() - started, during: serverState === "up" ? "run" : "outage", sent: started });
    return null;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

/** A target of a kind drawn by the kinds' shares. */
function draw(mix: ReaderMix): ReaderTarget {
  let left = Math.random();
  for (const kind of mix) {
    left -= kind.share;
    if (left < 0) return pick(kind.targets);
  }
  return pick(mix.at(-1)!.targets);
}

// Readers' connections, kept alive as a browser keeps them: at most this many at once, the others wait their turn.
const readerAgent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One reader's request, as a browser's (gzip), timed from `due`, when it was meant to leave; false when no answer came. */
async function read(target: ReaderTarget, token: string, due: number): Promise<boolean> {
  const headers: Record<string, string> = { "accept-encoding": "gzip", ...(target.api ? { authorization: `Token ${token}` } : {}) };
  const status = await getAndDrop(readerAgent, BASE + target.path, headers);
  const during = status === "no answer" && serverState === "down" ? "outage" : "run";
  outcomes.push({ kind: target.api ? "api read" : "page", path: target.path, status, ms: performance.now() - due, during, sent: due });
  return status !== "no answer";
}

/** A reader who asks for the next page as soon as they have the last one. */
async function closedLoopReader(index: number, mix: ReaderMix, tokens: string[], until: number): Promise<void> {
  while (performance.now() < until) {
    if (!(await read(draw(mix), tokens[index % tokens.length], performance.now()))) await pause(100); // the server is down: do not spin
  }
}

/** `rate` requests a second, evenly spaced, each sent when due whatever became of the ones before it. */
async function openLoopReaders(rate: number, mix: ReaderMix, tokens: string[], until: number): Promise<void> {
  const start = performance.now();
  const reads: Promise<boolean>[] = [];
  for (let now = start; now < until; now = performance.now()) {
    for (let due = start + (reads.length * 1000) / rate; due <= now; due = start + (reads.length * 1000) / rate)
      reads.push(read(draw(mix), tokens[reads.length % tokens.length], due));
    await pause(1);
  }
  await Promise.all(reads);
}

/**
 * Asks for each target over each of two connections per server process (PWC_SERVER_WORKERS), each a
 * connection of its own: the processes take connections in turn, and each keeps its own cached pages.
 */
async function warmUp(targets: ReaderTarget[], tokens: string[]): Promise<void> {
  const lanes = Array.from({ length: 2 * serverWorkerCount() }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  await Promise.all(
    lanes.map(async (agent, lane) => {
      // The API reads take the readers' tokens in turn, so that each process has met every token (and counted its
      // reads) before the run, as a live site has; each token stays far under its limit of a minute.
      let apiReads = lane;
      for (const target of targets) {
        // As the run's readers ask (gzip): the front compresses each page once, on its first such request.
        const headers: Record<string, string> = {
          "accept-encoding": "gzip",
          ...(target.api ? { authorization: `Token ${tokens[apiReads++ % tokens.length]}` } : {}),
        };
        await getAndDrop(agent, BASE + target.path, headers);
      }
    }),
  );
  lanes.forEach((agent) => agent.destroy());
}

/**
 * Sends a submission and approves it over each of two connections per server process, before the run: a live
 * site's processes have run its write path before (its modules loaded, its queries compiled). The reads' warm-up
 * comes after, since an approval expires what the reads cached.
 */
async function warmUpWrites(catalogue: SubmitterCatalogue, submitters: string[], moderators: string[]): Promise<void> {
  if (submitters.length === 0) return;
  for (let lane = 0; lane < 2 * serverWorkerCount(); lane++) {
    // One connection a lane, so that the submission and its approval go to the same process.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const { submission } = nextSubmission(catalogue);
    const sent = await postJson(agent, `${BASE}/api/v1/submissions/`, submitters[lane % submitters.length], submission);
    if (sent.status !== 201) throw new Error(`The warm-up submission was refused: ${sent.status} ${sent.body}`);
    const { id } = JSON.parse(sent.body) as { id: string };
    const approved = await postJson(agent, `${BASE}/api/v1/submissions/${id}/approve`, moderators[lane % moderators.length], {});
    if (approved.status !== 200) throw new Error(`The warm-up approval was refused: ${approved.status} ${approved.body}`);
    agent.destroy();
  }
}

/** Reader accounts enough that at `rate` none passes four fifths of its read limit of a minute (API_LIMITS). */
function readerAccountsFor(rate: number | null, mix: ReaderMix): number {
  if (rate === null) return 0;
  const apiShare = mix.filter((kind) => kind.targets[0]?.api).reduce((sum, kind) => sum + kind.share, 0);
  return Math.ceil((rate * apiShare * 60) / (0.8 * API_LIMITS.read.limit));
}

/** The machine's CPU time so far, busy and in all, summed over its cores, in ms. */
function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    busy += times.user + times.nice + times.sys + times.irq;
    total += times.user + times.nice + times.sys + times.irq + times.idle;
  }
  return { busy, total };
}

/** Enough moderators that none passes four fifths of the write limit of a minute (PWC_WRITE_LIMIT). */
const moderatorCount = () => Math.max(1, Math.ceil(60_000 / DECIDE_EVERY_MS / (0.8 * WRITE_LIMIT.limit)));

let submissionCount = 0;

/** The load's next submission, and the leaderboard its row goes to. */
function nextSubmission(catalogue: SubmitterCatalogue): { submission: CreateSubmission; leaderboard: string } {
  const n = submissionCount++;
  return loadSubmission(catalogue, n, `Load model ${Date.now().toString(36)}-${n}`);
}

/** A submitter, whose first submission leaves `startAfterMs` into the run: submitters keep clocks of their own. */
async function submitter(token: string, catalogue: SubmitterCatalogue, until: number, startAfterMs: number): Promise<void> {
  const headers = { authorization: `Token ${token}`, "content-type": "application/json" };
  await pause(startAfterMs);
  while (performance.now() < until) {
    const next = performance.now() + SUBMIT_EVERY_MS;
    const { submission, leaderboard } = nextSubmission(catalogue);
    const modelName = submission.rows[0].modelName;
    const answer = await request("submit", "/api/v1/submissions/", { method: "POST", headers, body: JSON.stringify(submission) });
    if (answer?.status === 201) accepted.push({ id: (JSON.parse(answer.body) as { id: string }).id, modelName, leaderboard });
    if (!answer) unanswered.push(modelName);
    await pause(next - performance.now());
  }
}

/** The approved row's leaderboard, asked for as a reader would right after the approval: it must show the row. */
async function checkShown(submission: Accepted): Promise<void> {
  const page = await request("after approval", submission.leaderboard);
  if (page && !page.body.includes(submission.modelName)) stale.push(`${submission.leaderboard} without ${submission.modelName}`);
}

/** One decision on the n-th accepted submission: four approved, the fifth rejected; an approved row's board is checked. */
async function decide(submission: Accepted, n: number, token: string): Promise<void> {
  const headers = { authorization: `Token ${token}`, "content-type": "application/json" };
  const reject = n % REJECT_ONE_IN === REJECT_ONE_IN - 1;
  const path = `/api/v1/submissions/${submission.id}/${reject ? "reject" : "approve"}`;
  const body = JSON.stringify(reject ? { reason: "Rejected by the load script." } : {});
  const answer = await request("decide", path, { method: "POST", headers, body });
  if (answer?.status === 200) decided.push({ id: submission.id, status: reject ? "REJECTED" : "APPROVED" });
  if (answer?.status === 200 && !reject) await checkShown(submission);
}

/**
 * Moderators deciding the accepted submissions in order, one every DECIDE_EVERY_MS whether or not the last
 * one was answered (as several moderators would); each token stays under the write limit of a minute.
 */
async function moderators(tokens: string[], until: number): Promise<void> {
  const decisions: Promise<void>[] = [];
  let next = 0;
  while (performance.now() < until) {
    const due = performance.now() + DECIDE_EVERY_MS;
    const submission = accepted[next];
    if (submission) {
      // No answer (the server was killed): the decision may or may not have been made.
      decisions.push(decide(submission, next, tokens[next % tokens.length]));
      next += 1;
    }
    await pause(Math.min(due, until) - performance.now()); // the last one is not waited for past the run
  }
  await Promise.all(decisions);
}

/** SIGKILL at `atMs`, then start again at once; the outage lasts until the server listens again. */
async function killAndRestart(server: Awaited<ReturnType<typeof startServer>>, atMs: number, log: string) {
  await pause(atMs);
  serverState = "down";
  const killedAt = performance.now();
  await stopServer(server, PORT, "SIGKILL");
  const restarted = await startServer(PORT, { logFile: log, until: "listening" });
  serverState = "up";
  return { server: restarted, outageMs: Math.round(performance.now() - killedAt) };
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1) : 0;
}

function summary(kind: Kind, seconds: number) {
  const mine = outcomes.filter((outcome) => outcome.kind === kind && outcome.during === "run");
  const ms = mine.map((outcome) => outcome.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const outcome of mine) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
  return {
    requests: mine.length,
    "per s": Math.round(mine.length / seconds),
    "p50 ms": percentile(ms, 0.5),
    "p99 ms": percentile(ms, 0.99),
    statuses: JSON.stringify(statuses),
  };
}

/** The kinds of page readers waited longest for, by median: where the time goes. */
function slowestPages(count: number) {
  const byKind = new Map<string, number[]>();
  for (const outcome of outcomes) {
    if (outcome.kind !== "page" || outcome.during !== "run") continue;
    const kind = outcome.path.replace(/^(\/[a-z]+\/)[^?]+/, "$1…").replace(/\?q=.*/, "?q=…");
    const times = byKind.get(kind);
    if (times) times.push(outcome.ms);
    else byKind.set(kind, [outcome.ms]);
  }
  return [...byKind]
    .map(([page, ms]) => ({
      page,
      requests: ms.length,
      "p50 ms": percentile(
        ms.sort((a, b) => a - b),
        0.5,
      ),
      "p99 ms": percentile(ms, 0.99),
    }))
    .sort((a, b) => b["p50 ms"] - a["p50 ms"])
    .slice(0, count);
}

// Opening the readers' connections (up to 256 at once, each handed to a server process by the primary) takes
// the first seconds of a run at a high rate; the pages asked for after this are summed up apart too.
const SETTLE_MS = 10_000;

/** The pages asked for from `from` (performance.now()'s clock) on: how many, p50, p99. */
function pagesFrom(from: number) {
  const ms = outcomes
    .filter((outcome) => outcome.kind === "page" && outcome.during === "run" && outcome.sent >= from)
    .map((outcome) => outcome.ms)
    .sort((a, b) => a - b);
  return { requests: ms.length, "p50 ms": percentile(ms, 0.5), "p99 ms": percentile(ms, 0.99) };
}

/** Pages second by second, by when they were asked for: whether the slow ones are spread out or come at one moment. */
function pagesBySecond(runStart: number) {
  const seconds: number[][] = [];
  for (const outcome of outcomes) {
    if (outcome.kind !== "page" || outcome.during !== "run") continue;
    (seconds[Math.floor((outcome.sent - runStart) / 1000)] ??= []).push(outcome.ms);
  }
  // Every second, also one without a page asked for (the server was down, or the run was short).
  return Array.from(seconds, (ms = [], second) => {
    const sorted = ms.sort((a, b) => a - b);
    return { second, requests: sorted.length, "p50 ms": percentile(sorted, 0.5), "p99 ms": percentile(sorted, 0.99), "max ms": percentile(sorted, 1) };
  });
}

/** What the server confirmed and the database does not hold; empty when nothing was lost. */
async function losses(): Promise<string[]> {
  const found: string[] = [];
  const stored = new Map<string, { status: string; payload: unknown }>();
  for (let start = 0; start < accepted.length; start += 500) {
    const ids = accepted.slice(start, start + 500).map((submission) => submission.id);
    for (const row of await prisma.submission.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, payload: true } }))
      stored.set(row.id, row);
  }
  for (const submission of accepted) {
    const row = stored.get(submission.id);
    if (!row) found.push(`submission ${submission.id} (${submission.modelName}) was accepted and is not in the database`);
    else if ((row.payload as CreateSubmission).rows[0]?.modelName !== submission.modelName)
      found.push(`submission ${submission.id} does not hold what was sent`);
  }
  for (const decision of decided) {
    const row = stored.get(decision.id);
    if (row && row.status !== decision.status) found.push(`submission ${decision.id} was ${decision.status} and is ${row.status}`);
    if (decision.status !== "APPROVED") continue;
    const published = await prisma.result.count({ where: { sourceKey: resultsOfSubmission(decision.id), status: "PUBLISHED" } });
    if (published !== 1) found.push(`submission ${decision.id} was approved and its row is not published`);
  }
  return found;
}

/** How many of the submissions named by these model names are in the database. */
async function storedAmong(modelNames: string[]): Promise<number> {
  if (modelNames.length === 0) return 0;
  const names = new Set(modelNames);
  const submissions = await prisma.submission.findMany({
    where: { submitter: { email: { startsWith: "load-submitter-" } } },
    select: { payload: true },
    orderBy: { createdAt: "desc" },
    take: 2_000,
  });
  return submissions.filter((submission) => names.has((submission.payload as CreateSubmission).rows[0]?.modelName)).length;
}

async function main(): Promise<boolean> {
  const seconds = Number(options.seconds);
  const killAt = options["kill-at"] ? Number(options["kill-at"]) : null;
  const mix = await readerMix();
  const [accounts, catalogue] = await Promise.all([
    loadAccounts(Number(options.submitters), moderatorCount(), readerAccountsFor(RATE, mix)),
    submitterCatalogue(),
  ]);
  if (options.running && killAt !== null) throw new Error("--kill-at needs a server of the script's own: leave out --running.");
  if (!options["skip-build"] && !options.running) await run("npx", ["next", "build"]);
  mkdirSync("bench-results", { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const log = `bench-results/load-server-${stamp}.log`;
  let server = options.running ? null : await startServer(PORT, { logFile: log });
  // Every reader's first look at each page is not the run's: the cache starts warm, as a live site's.
  await warmUpWrites(catalogue, accounts.submitters, accounts.moderators);
  await warmUp(
    mix.flatMap((kind) => kind.targets),
    accounts.readers,
  );
  outcomes.length = 0;
  // Said when it happens, for whoever profiles the server during the run alone.
  console.log(`Warmed up; the ${seconds} s run begins at ${new Date().toISOString()}.`);

  const [scriptCpuBefore, machineCpuBefore, runStart] = [process.cpuUsage(), machineCpu(), performance.now()];
  // A read sent late because this script's own loop was busy counts as the server's time: said how late it could be.
  const scriptDelay = monitorEventLoopDelay({ resolution: 10 });
  scriptDelay.enable();
  const until = performance.now() + seconds * 1000;
  const killing = killAt === null || !server ? null : killAndRestart(server, killAt * 1000, log);
  await Promise.all([
    ...(RATE === null
      ? Array.from({ length: Number(options.readers) }, (_, i) => closedLoopReader(i, mix, accounts.readers, until))
      : [openLoopReaders(RATE, mix, accounts.readers, until)]),
    // Spread over the interval: ten people submitting every 1.2 s do not all press the button at the same moment.
    ...accounts.submitters.map((token, i) => submitter(token, catalogue, until, (i * SUBMIT_EVERY_MS) / accounts.submitters.length)),
    moderators(accounts.moderators, until),
  ]);
  const scriptCpu = process.cpuUsage(scriptCpuBefore);
  const machineAfter = machineCpu();
  const cpu = {
    "load script, % of a core": Math.round((scriptCpu.user + scriptCpu.system) / 10 / (performance.now() - runStart)),
    "machine busy, %": Math.round((100 * (machineAfter.busy - machineCpuBefore.busy)) / (machineAfter.total - machineCpuBefore.total)),
    "load script's event loop delay, p99 / max ms": `${Math.round(scriptDelay.percentile(99) / 1e6)} / ${Math.round(scriptDelay.max / 1e6)}`,
  };
  scriptDelay.disable();
  const outage = killing ? await killing : null;
  if (outage) server = outage.server;
  if (server) await stopServer(server, PORT);

  const errors = outcomes.filter((outcome) => outcome.during === "run" && (outcome.status === "no answer" || outcome.status >= 400));
  const lost = await losses();
  const inconsistencies = await findInconsistencies();
  const unansweredStored = await storedAmong(unanswered);

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`;
  console.log(
    `\n${RATE === null ? `${options.readers} readers` : `readers at ${RATE} requests a second`}, ${accounts.submitters.length} submitters and ${accounts.moderators.length} moderator(s) (a decision every ${options["decide-every"]} s) for ${seconds} s, ${machine}`,
  );
  console.table({
    pages: summary("page", seconds),
    "API reads": summary("api read", seconds),
    submissions: summary("submit", seconds),
    decisions: summary("decide", seconds),
    "leaderboard after approval": summary("after approval", seconds),
  });
  console.table(slowestPages(8));
  console.log(
    `CPU over the run: the load script ${cpu["load script, % of a core"]} % of a core (its event loop late by ${cpu["load script's event loop delay, p99 / max ms"]} ms at p99 / most); the machine ${cpu["machine busy, %"]} % busy.`,
  );
  if (outage) {
    const cut = outcomes.filter((outcome) => outcome.during === "outage").length;
    console.log(
      `SIGKILL at ${killAt} s; answering again ${outage.outageMs} ms later. ${cut} requests fell in the outage; ${unanswered.length} submissions got no answer, ${unansweredStored} of them are in the database (whole).`,
    );
  }
  const [settled, bySecond] = [pagesFrom(runStart + SETTLE_MS), pagesBySecond(runStart)];
  if (seconds * 1000 > SETTLE_MS)
    console.log(
      `Pages asked for from the ${SETTLE_MS / 1000}th second on (the first seconds open the readers' connections): ${settled.requests}, p50 ${settled["p50 ms"]} ms, p99 ${settled["p99 ms"]} ms.`,
    );
  const worst = [...bySecond].sort((a, b) => b["p99 ms"] - a["p99 ms"]).slice(0, 5);
  console.log(
    `The run's slowest seconds for pages, by p99 (second: p50 / p99 ms): ${worst.map((s) => `${s.second}: ${s["p50 ms"]} / ${s["p99 ms"]}`).join(", ")}`,
  );
  console.log(`Error responses: ${errors.length}${errors.length ? `, e.g. ${JSON.stringify(errors.slice(0, 5))}` : ""}`);
  console.log(
    `Submissions accepted: ${accepted.length}; decisions confirmed: ${decided.length}; lost: ${lost.length}${lost.length ? `\n  ${lost.slice(0, 10).join("\n  ")}` : ""}`,
  );
  console.log(`Stale leaderboards after approval: ${stale.length}${stale.length ? `, e.g. ${stale.slice(0, 3).join("; ")}` : ""}`);
  console.log(`Consistency: ${inconsistencies.length === 0 ? "no rule broken" : JSON.stringify(inconsistencies)}`);
  const file = `bench-results/load-${stamp}.json`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        options,
        machine,
        cpu,
        summary: { pages: summary("page", seconds), api: summary("api read", seconds), submit: summary("submit", seconds), decide: summary("decide", seconds) },
        pagesFromTheTenthSecond: settled,
        pagesBySecond: bySecond,
        outage,
        errors,
        accepted: accepted.length,
        decided: decided.length,
        lost,
        stale,
        inconsistencies,
      },
      null,
      2,
    ),
  );
  console.log(`Written to ${file}; the server's output to ${log}`);
  return errors.length === 0 && lost.length === 0 && stale.length === 0 && inconsistencies.length === 0;
}

try {
  const ok = await main();
  console.log(ok ? "\nNo error response, nothing lost, the database consistent." : "\nFAILED");
  process.exitCode = ok ? 0 : 1;
} finally {
  await prisma.$disconnect();
}
