// The databases unit tests run on: one migrated template, then a copy of it for each test file.
// SQLite: files under data/test/. PostgreSQL: databases named after DATABASE_URL's on the same server
// (`pwc2` → `pwc2_test_template`, `pwc2_test_<id>`), never that database itself.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseName, databaseProvider, withDatabase } from "@/lib/database-url";
import { onPostgresServer } from "@/lib/postgres-server";

const TEST_DB_DIR = path.resolve("data/test");
const TEMPLATE_DB = path.join(TEST_DB_DIR, "template.db");

function migrate(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

const testPrefix = (serverUrl: string) => `${databaseName(serverUrl)}_test_`;

async function dropTestDatabases(serverUrl: string): Promise<void> {
  await onPostgresServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [testPrefix(serverUrl)]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/** Migrates the template once per run; returns what removes the copies afterwards. */
export async function createTemplate(serverUrl: string): Promise<() => Promise<void>> {
  if (databaseProvider(serverUrl) === "sqlite") {
    rmSync(TEST_DB_DIR, { recursive: true, force: true });
    mkdirSync(TEST_DB_DIR, { recursive: true });
    migrate(`file:${TEMPLATE_DB}`);
    return async () => {};
  }
  await dropTestDatabases(serverUrl);
  const template = `${testPrefix(serverUrl)}template`;
  await onPostgresServer(serverUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  migrate(withDatabase(serverUrl, template));
  return () => dropTestDatabases(serverUrl);
}

/** A fresh copy of the template, for one test file: its URL. */
export async function copyTemplate(serverUrl: string): Promise<string> {
  const id = randomUUID().slice(0, 8);
  if (databaseProvider(serverUrl) === "sqlite") {
    const file = path.join(TEST_DB_DIR, `${id}.db`);
    copyFileSync(TEMPLATE_DB, file);
    return `file:${file}`;
  }
  const copy = `${testPrefix(serverUrl)}${id}`;
  await onPostgresServer(serverUrl, (client) => client.query(`CREATE DATABASE "${copy}" TEMPLATE "${testPrefix(serverUrl)}template"`));
  return withDatabase(serverUrl, copy);
}
