// npx tsx scripts/recreate-database.ts: drops the database DATABASE_URL names and makes it again, empty
// (SQLite: deletes the file). For the test servers (scripts/e2e-server.sh, npm run test:instances), which
// start from a fresh database on every run; `npx prisma migrate deploy` then builds its tables.
import { rmSync } from "node:fs";
import { databaseName, databaseProvider, databaseUrl, sqliteFile } from "@/lib/database-url";
import { onPostgresServer } from "@/lib/postgres-server";

// Never the developer's own database by default: the caller names the one to drop.
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the database to drop and make again.");
const url = databaseUrl();
if (databaseProvider(url) === "sqlite") {
  const file = sqliteFile(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
} else {
  const name = databaseName(url);
  await onPostgresServer(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}
