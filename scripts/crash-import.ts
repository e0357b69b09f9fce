// npm run crash:import [-- FILE] [--kills 2] [--seed 1]
// Kills the importer with SIGKILL in the middle of a full import (and of its restart, --kills times), then
// lets it finish, and checks that the database is consistent (lib/consistency.ts) and holds exactly
// what one clean import of the file holds: no duplicates, nothing half written. Works on a database of its
// own, made fresh each time: data/crash/crash.db, or `pwc2_crash` on the PostgreSQL server DATABASE_URL names.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseProvider, databaseUrl, withDatabase } from "@/lib/database-url";
import { formatCount } from "@/lib/format";

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kills: { type: "string", default: "2" },
    seed: { type: "string", default: "7" },
  },
});
const file = path.resolve(positionals[0] ?? "data/archive/evaluation-tables.json");
const kills = Number(options.kills);
const isPostgres = databaseProvider() === "postgresql";
const DATABASE = path.resolve("data/crash/crash.db");
process.env.DATABASE_URL = isPostgres ? withDatabase(databaseUrl(), "pwc2_crash") : `file:${DATABASE}`;

// Imported after DATABASE_URL is set: the client opens the crash database.
const { prisma } = await import("@/lib/db");
const { catalogueCounts, findInconsistencies } = await import("@/lib/consistency");
const { resetDatabase } = await import("@/lib/test/reset-database");

function run(command: string, args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code, signal) => resolve({ code, signal, output }));
  });
}

/** Starts the importer, and kills it with SIGKILL once `killAfter` more results are in the database. */
function importKilledAfter(killAfter: number, before: number): Promise<{ killedAt: number; wasWriting: boolean }> {
  return new Promise((resolve, reject) => {
    // The importer itself, not npm or npx around it: SIGKILL must reach the process that writes.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file], { stdio: "ignore", env: process.env });
    const timer = setInterval(async () => {
      const results = await prisma.result.count();
      if (results - before < killAfter) return;
      clearInterval(timer);
      // A moment later, so that it most likely dies inside a batch's transaction.
      await new Promise((wait) => setTimeout(wait, 150 + Math.random() * 400));
      // The transaction the kill interrupts is rolled back: SQLite drops its uncommitted pages of the WAL on
      // next open, PostgreSQL rolls back the transaction of a connection that closes.
      const wasWriting = isPostgres ? await hasOpenTransaction() : sqliteHasWriter();
      child.kill("SIGKILL");
      child.once("exit", async () => resolve({ killedAt: await prisma.result.count(), wasWriting }));
    }, 100);
    child.once("exit", (code, signal) => {
      if (signal === "SIGKILL") return;
      clearInterval(timer);
      reject(new Error(`The import ended by itself (code ${code}) before it was killed: use a larger file.`));
    });
  });
}

// PostgreSQL deletes a hundred thousand rows row by row in longer than a transaction may take: truncate.
async function emptyDatabase(): Promise<void> {
  if (!isPostgres) return resetDatabase();
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS "name" FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.name}"`).join(", ")} CASCADE`);
}

// The bare driver (it has no types of its own): a connection that must not wait for the lock, as Prisma's do.
type BareSqlite = { exec(sql: string): void; close(): void };
const BareDatabase = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options: { timeout: number }) => BareSqlite;

/** Whether another connection to the SQLite crash database (the importer's) holds its write lock: a transaction. */
function sqliteHasWriter(): boolean {
  const db = new BareDatabase(DATABASE, { timeout: 0 });
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    db.close();
  }
}

/** Whether another connection to the PostgreSQL crash database (the importer's) is inside a transaction. */
async function hasOpenTransaction(): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ n: bigint | number }[]>`
    SELECT count(*) AS "n" FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`;
  return Number(row.n) > 0;
}

function check(label: string, ok: boolean, detail: string): boolean {
  console.log(`${ok ? "ok  " : "FAIL"} ${label}: ${detail}`);
  return ok;
}

async function main(): Promise<boolean> {
  if (!existsSync(file)) {
    console.log(`Writing ${file} first (npm run gen:archive).`);
    const generated = await run(process.execPath, ["--import", "tsx", "scripts/gen-archive.ts", file, "--seed", options.seed]);
    if (generated.code !== 0) throw new Error(generated.output);
  }
  if (isPostgres) {
    const recreated = await run(process.execPath, ["--import", "tsx", "scripts/recreate-database.ts"]);
    if (recreated.code !== 0) throw new Error(recreated.output);
  } else {
    rmSync(path.dirname(DATABASE), { recursive: true, force: true });
  }
  const migrated = await run("npx", ["prisma", "migrate", "deploy"]);
  if (migrated.code !== 0) throw new Error(migrated.output);

  let ok = true;
  for (let kill = 1; kill <= kills; kill++) {
    const before = await prisma.result.count();
    const { killedAt, wasWriting } = await importKilledAfter(20_000 + Math.floor(Math.random() * 15_000), before);
    const problems = await findInconsistencies();
    console.log(
      `Kill ${kill}: SIGKILL with ${formatCount(killedAt)} results written` + (wasWriting ? ", inside a transaction (rolled back)" : ", between transactions"),
    );
    ok = check("consistent after the kill", problems.length === 0, problems.length === 0 ? "no rule broken" : JSON.stringify(problems)) && ok;
  }

  const started = performance.now();
  const finished = await run(process.execPath, ["--import", "tsx", "scripts/import.ts", file]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  ok = check("the re-run completes", finished.code === 0, `exit code ${finished.code} after ${seconds} s`) && ok;
  console.log(
    finished.output
      .split("\n")
      .filter((line) => /^\s*(Imported|tasks|datasets|benchmarks|papers|results)\b|created/.test(line))
      .join("\n"),
  );
  const afterCrashes = await catalogueCounts();
  const problems = await findInconsistencies();
  ok = check("consistent after the re-run", problems.length === 0, problems.length === 0 ? "no rule broken" : JSON.stringify(problems)) && ok;

  // The reference: the same file imported once, cleanly, into an empty database.
  await emptyDatabase();
  const clean = await run(process.execPath, ["--import", "tsx", "scripts/import.ts", file]);
  if (clean.code !== 0) throw new Error(clean.output);
  const once = await catalogueCounts();
  ok = check("same rows as one clean import", JSON.stringify(afterCrashes) === JSON.stringify(once), JSON.stringify(afterCrashes)) && ok;
  return ok;
}

try {
  const ok = await main();
  console.log(ok ? "\nThe import survives SIGKILL: consistent, complete, no duplicates." : "\nFAILED");
  process.exitCode = ok ? 0 : 1;
} finally {
  await prisma.$disconnect();
}
