import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseProvider, databaseUrl, sqliteFile } from "@/lib/database-url";

/**
 * SQLite lets one connection write at a time, and a transaction that has read cannot wait to write: it
 * fails at once ("database is locked") when another process wrote meanwhile. Every transaction therefore
 * begins as a writer (BEGIN IMMEDIATE) and waits its turn, up to the timeout.
 * The file is in WAL mode: readers read the last commit while a writer writes, instead of waiting for it (a
 * server process's every reader waited for the other's submission to commit: docs/performance.md); every commit
 * is still written to disk before it is answered (`synchronous = FULL`, set here: better-sqlite3's build makes WAL's
 * default NORMAL, which a power loss may roll back).
 */
function sqliteAdapter(): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: sqliteFile(), timeout: 15_000 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const db = (adapter as unknown as { client: { prepare(sql: string): unknown; pragma(pragma: string): unknown } }).client;
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
      const prepare = db.prepare.bind(db);
      db.prepare = (sql) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
      return adapter;
    },
  };
}

/**
 * How PostgreSQL should plan the site's reads: small and indexed, on a database that fits in memory. A random
 * read there costs about what a sequential one does (random_page_cost 1.1, not the default 4, made for spinning
 * disks: with 4 it hashed all 60,000 papers to name those of 1,600 results), and a parallel worker takes longer
 * to start than such a read takes. The largest leaderboard's two reads went from 108 + 135 ms to 20 + 13 ms
 * (docs/performance.md). An `options` parameter in DATABASE_URL replaces these; an empty one (`?options=`) sends
 * none, for a pooler such as PgBouncer that refuses startup options.
 */
const POSTGRES_PLANNER_OPTIONS = "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0";

// DATABASE_URL's scheme picks the database. The generated client is made for one provider (see
// prisma.config.ts): after switching, `npx prisma generate` and a new build.
function createPrismaClient(): PrismaClient {
  const adapter = databaseProvider() === "postgresql" ? new PrismaPg({ connectionString: databaseUrl(), options: POSTGRES_PLANNER_OPTIONS }) : sqliteAdapter();
  try {
    return logSlowQueries(new PrismaClient({ adapter, log: slowQueryMs() === null ? [] : [{ emit: "event", level: "query" }] }));
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes("is not compatible with the provider")) throw error;
    throw new Error(`${error.message} The client was generated for the other database: run \`npx prisma generate\` and build again.`, { cause: error });
  }
}

/** PWC_SLOW_QUERY_MS=N: every query that takes N ms or more is written to stderr with its time. */
function slowQueryMs(): number | null {
  const ms = Number(process.env.PWC_SLOW_QUERY_MS);
  return process.env.PWC_SLOW_QUERY_MS && Number.isFinite(ms) ? ms : null;
}

function logSlowQueries(client: PrismaClient): PrismaClient {
  const threshold = slowQueryMs();
  if (threshold === null) return client;
  (client as unknown as { $on(event: "query", listener: (e: { duration: number; query: string }) => void): void }).$on("query", (e) => {
    if (e.duration >= threshold) console.warn(`slow query, ${e.duration} ms: ${e.query.replace(/\s+/g, " ").slice(0, 400)}`);
  });
  return client;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client; kept on globalThis so that development reloads reuse it. */
export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

/** The Prisma client inside `prisma.$transaction(async (tx) => …)`: every domain write takes one. */
export type Tx = Prisma.TransactionClient;
