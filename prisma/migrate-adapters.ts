// The driver adapters the Prisma CLI (prisma.config.ts) migrates through. Migrate through the stock
// adapters of Prisma 6.19.3 fails in the ways fixed here; the application's own client (lib/db.ts) uses
// the stock adapters, which serve queries well.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import { databaseName, withDatabase } from "../lib/database-url.js";
import { onPostgresServer } from "../lib/postgres-server";

/**
 * The shadow database that `migrate diff --from-migrations` replays the migrations into receives each
 * file as one prepared statement, which both drivers refuse for more than one: run it as a script.
 */
function runScriptsAsScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

/** SQLite: the shadow database is in memory. */
export function sqliteMigrateAdapter(file: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: file });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => runScriptsAsScripts(await factory.connectToShadowDb()),
  };
}

// What the fixes below reach inside @prisma/adapter-pg's adapter and transaction objects.
type PgInternals = {
  client: pg.Pool | pg.PoolClient;
  onError(error: unknown): never;
  performIO(query: unknown): Promise<pg.QueryResult>;
};

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

/** Introspection reads `name` and `"char"` columns, which the adapter cannot type (prisma/orm#27403): they are text. */
function readNamesAsText<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  const internals = queryable as unknown as PgInternals;
  const performIO = internals.performIO.bind(queryable);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  return queryable;
}

/** The adapter, fixed for Migrate; `afterDispose` runs once its connections are closed. */
function fixForMigrate(adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter {
  readNamesAsText(adapter);
  const internals = adapter as unknown as PgInternals;
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => readNamesAsText(await startTransaction(isolationLevel));
  // The stock adapter splits a migration on ";", which cuts function bodies ($$ … $$) apart: send it whole,
  // as one simple query, which PostgreSQL runs statement by statement.
  adapter.executeScript = async (script) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  if (afterDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await afterDispose();
    };
  }
  return adapter;
}

/**
 * The schema engine leaves its 10 s migration-lock timeout running once the lock is taken, and the CLI
 * waits for it before exiting: such a timer must not keep the process alive (a query in flight still does).
 */
function exitWithoutWaitingForLongTimers(): void {
  const setTimeoutAsIs = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const timer = setTimeoutAsIs(...args);
    if ((args[1] ?? 0) >= 10_000) timer.unref();
    return timer;
  }) as typeof setTimeout;
}

/** Makes or drops a database on the server that `url` names. */
async function onServer(url: string, statement: string): Promise<void> {
  await onPostgresServer(url, (client) => client.query(statement));
}

/** As Prisma's own engine does, `migrate deploy` makes the database when the server has none of that name. */
async function createDatabaseIfMissing(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
    await onServer(url, `CREATE DATABASE "${databaseName(url)}"`);
  }
}

/**
 * PostgreSQL. Besides the fixes above: a CLI that exits once done, a database made when missing, and a
 * shadow database made from the URL itself (the stock one loses the password and the database name, and
 * drops the database while still connected to it).
 */
export function postgresMigrateAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  exitWithoutWaitingForLongTimers();
  const factory = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      await createDatabaseIfMissing(url);
      return fixForMigrate(await factory.connect());
    },
    async connectToShadowDb() {
      const shadow = `${databaseName(url)}_shadow_${randomUUID().slice(0, 8)}`;
      await onServer(url, `CREATE DATABASE "${shadow}"`);
      const adapter = await new PrismaPg({ connectionString: withDatabase(url, shadow), allowExitOnIdle: true }).connect();
      return runScriptsAsScripts(fixForMigrate(adapter, () => onServer(url, `DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`)));
    },
  };
}
