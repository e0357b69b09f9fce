// npm run approval-cost -- --pid PID [--port 3450 --approvals 8]
// What one approval costs the server, in CPU, and where (docs/performance.md): against a server already
// running on the port (`node server.js`, its primary's PID given), on the database DATABASE_URL names. It
// reads every page `npm run load` reads once, to warm the cache, then, for each approval: submits a result
// and approves it through the API, then reads every page again, kind by kind, and takes the CPU the server's
// processes used for each step from /proc. A pass with no approval before it gives what reading the pages
// costs anyway; the difference is what the approval made the server render again.
import { readFileSync, readdirSync } from "node:fs";
import { Agent } from "node:http";
import { parseArgs } from "node:util";
import { getAndDrop, postJson } from "./http-client";
import { loadAccounts, loadSubmission, readerMix, submitterCatalogue, type ReaderTarget } from "./load-fixtures";

const { values: options } = parseArgs({
  options: {
    pid: { type: "string" },
    port: { type: "string", default: "3450" },
    approvals: { type: "string", default: "8" },
  },
});
if (!options.pid) throw new Error("--pid takes the PID of the server's primary process (node server.js).");
const PRIMARY = Number(options.pid);
const BASE = `http://localhost:${options.port}`;
// Lists served stale render again at most every 5 s (lib/cache/cache-handler.js): an approval every 6 s lets each do so.
const SPACING_MS = 6_000;
const TICK_MS = 1000 / 100; // USER_HZ

/** The CPU time, in ms, used so far by the primary and its children (the server's processes). */
function serverCpuMs(): number {
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]) === PRIMARY;
      } catch {
        return false;
      }
    });
  return [String(PRIMARY), ...children].reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return sum + (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
  }, 0);
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The CPU the server used for `step`, once what it started in the background (a stale list's new render) ended too. */
async function cpuOf(step: () => Promise<void>): Promise<number> {
  const before = serverCpuMs();
  await step();
  await pause(700);
  return serverCpuMs() - before;
}

const kindOf = (target: ReaderTarget) =>
  target.api ? `API ${target.path.split("/")[3]}${target.path.includes("?q=") ? " search" : ""}` : target.path.split(/[/?]/)[1] || "home";

async function main() {
  const mix = await readerMix();
  const targets = mix.flatMap((kind) => kind.targets);
  const kinds = [...new Set(targets.map(kindOf))];
  const [accounts, catalogue] = await Promise.all([loadAccounts(1, 1, 20), submitterCatalogue()]);
  const read = async (list: ReaderTarget[]) => {
    let n = 0;
    for (const target of list) {
      const headers: Record<string, string> = {
        "accept-encoding": "gzip",
        ...(target.api ? { authorization: `Token ${accounts.readers[n++ % accounts.readers.length]}` } : {}),
      };
      if ((await getAndDrop(agent, BASE + target.path, headers)) === "no answer") throw new Error(`No answer to ${target.path}: is the server on ${BASE}?`);
    }
  };
  await read(targets);
  await read(targets);
  const pass = async () => {
    const costs: Record<string, number> = {};
    for (const kind of kinds) costs[kind] = await cpuOf(() => read(targets.filter((target) => kindOf(target) === kind)));
    return costs;
  };
  const quiet = await pass();
  const approvals = Number(options.approvals);
  const writes: number[] = [];
  const after: Record<string, number>[] = [];
  for (let n = 0; n < approvals; n++) {
    await pause(SPACING_MS);
    const { submission } = loadSubmission(catalogue, n, `Cost model ${Date.now().toString(36)}-${n}`);
    writes.push(
      await cpuOf(async () => {
        const sent = await postJson(agent, `${BASE}/api/v1/submissions/`, accounts.submitters[0], submission);
        if (sent.status !== 201) throw new Error(`The submission was refused: ${sent.status} ${sent.body}`);
        const approved = await postJson(
          agent,
          `${BASE}/api/v1/submissions/${(JSON.parse(sent.body) as { id: string }).id}/approve`,
          accounts.moderators[0],
          {},
        );
        if (approved.status !== 200) throw new Error(`The approval was refused: ${approved.status} ${approved.body}`);
      }),
    );
    after.push(await pass());
  }
  const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  const rows = kinds.map((kind) => ({
    kind,
    pages: targets.filter((target) => kindOf(target) === kind).length,
    "CPU ms, no approval before": Math.round(quiet[kind]),
    "CPU ms after an approval (mean)": mean(after.map((costs) => costs[kind])),
    "extra ms": mean(after.map((costs) => costs[kind])) - Math.round(quiet[kind]),
  }));
  console.table(rows);
  console.log(`Submitting and approving: ${mean(writes)} ms of CPU (mean of ${approvals}).`);
  console.log(`Every page read once after an approval: ${rows.reduce((sum, row) => sum + row["extra ms"], 0)} ms of CPU more than with no approval.`);
  agent.destroy();
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
