import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl, sqliteFile } from "./lib/database-url";
import { postgresMigrateAdapter, sqliteMigrateAdapter } from "./prisma/migrate-adapters";
import { SCHEMAS } from "./prisma/schemas";

// DATABASE_URL's scheme picks the provider: its schema, its migrations, its adapter. The generated client
// is provider-specific: after switching, `npx prisma generate` and a new build.
const provider = databaseProvider();

// SQLite's full-text index (prisma/migrations/*_search): FTS5 tables Prisma does not model, left alone by
// Migrate. PostgreSQL's lives in its own schema "search", which Migrate does not look at.
const SQLITE_SEARCH_TABLES = [
  ...["Paper", "Task", "Dataset", "Method", "Result"].flatMap((model) =>
    ["", "_config", "_content", "_data", "_docsize", "_idx"].map((suffix) => `${model}Search${suffix}`),
  ),
  "PaperSearchPending",
];

export default defineConfig({
  schema: SCHEMAS[provider].schema,
  migrations: { path: SCHEMAS[provider].migrations },
  experimental: { adapter: true, externalTables: true },
  tables: { external: provider === "sqlite" ? SQLITE_SEARCH_TABLES : [] },
  engine: "js",
  adapter: async () => (provider === "postgresql" ? postgresMigrateAdapter(databaseUrl()) : sqliteMigrateAdapter(sqliteFile())),
});
