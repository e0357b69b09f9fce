// npm run db:migration -- NAME: after a change of prisma/schema.prisma, derives the PostgreSQL schema and
// writes the migration that brings each provider's migrations up to its schema, as `prisma migrate dev`
// would (which does not work here). SQLite needs no server; PostgreSQL needs one: run it with
// DATABASE_URL=postgresql://… (scripts/postgres-server.sh starts one), else only SQLite's is written.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseProvider } from "@/lib/database-url";
import { derivePostgresSchema, SCHEMAS, type Provider } from "@/prisma/schemas";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- NAME   (lower case, digits and _: add_result_notes)");
  process.exit(2);
}

writeFileSync(SCHEMAS.postgresql.schema, derivePostgresSchema(readFileSync(SCHEMAS.sqlite.schema, "utf8")));
const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;

/** The SQL that the provider's migrations lack, replayed on a shadow database, to build its schema. */
function missingSql(provider: Provider, databaseUrl: string): string {
  const { migrations, schema } = SCHEMAS[provider];
  return execFileSync("npx", ["prisma", "migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--script"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const scratch = mkdtempSync(path.join(tmpdir(), "pwc2-migration-"));
const targets: { provider: Provider; databaseUrl: string }[] = [{ provider: "sqlite", databaseUrl: `file:${path.join(scratch, "main.db")}` }];
if (databaseProvider() === "postgresql") targets.push({ provider: "postgresql", databaseUrl: process.env.DATABASE_URL! });
else console.warn("DATABASE_URL names no PostgreSQL server: run this again with one to write PostgreSQL's migration.");

for (const { provider, databaseUrl } of targets) {
  const sql = missingSql(provider, databaseUrl);
  if (!/^[A-Z]/m.test(sql)) {
    console.log(`${provider}: the migrations already build the schema.`);
    continue;
  }
  const file = path.join(SCHEMAS[provider].migrations, folder, "migration.sql");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sql);
  console.log(`${provider}: wrote ${file}`);
}
rmSync(scratch, { recursive: true, force: true });
