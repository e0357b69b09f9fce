import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, sqliteFile } from "./lib/database-url";

// The CLI reads no .env when a config file exists: the schema's env("DATABASE_URL") needs it set.
process.env.DATABASE_URL = databaseUrl();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: sqliteFile() }),
});
