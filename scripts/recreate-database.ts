// npx tsx scripts/recreate-database.ts: drops the database DATABASE_URL names and makes it again, empty
// (SQLite: deletes the file). For the test servers (scripts/e2e-server.sh, npm run test:instances), which
// start from a fresh database on every run; `npx prisma migrate deploy` then builds its tables.
import { rmSync } from "node:fs";
import pg from "pg";
import { databaseName, databaseProvider, databaseUrl, sqliteFile, withDatabase } from "@/lib/database-url";

const url = databaseUrl();
if (databaseProvider(url) === "sqlite") {
  const file = sqliteFile(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
} else {
  const name = databaseName(url);
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}
