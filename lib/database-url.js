// Plain JavaScript: the cache handler, which Next.js loads without compiling, needs it too.
import { mkdirSync } from "node:fs";
import path from "node:path";

const DEFAULT_URL = "file:./data/pwc2.db";

/** DATABASE_URL, or the project's own SQLite file when it is unset. @returns {string} */
export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_URL;
}

/**
 * Which database the URL names: a PostgreSQL server (`postgresql://` or `postgres://`) or an SQLite file.
 * @param {string} [url]
 * @returns {"postgresql" | "sqlite"}
 */
export function databaseProvider(url = databaseUrl()) {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/**
 * The absolute path of the SQLite file named by DATABASE_URL, its folder created.
 * @param {string} [url]
 * @returns {string}
 */
export function sqliteFile(url = databaseUrl()) {
  if (databaseProvider(url) !== "sqlite") throw new Error("DATABASE_URL names a PostgreSQL server, not an SQLite file");
  const file = path.resolve(url.replace(/^file:/, ""));
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

/**
 * The same server with another database: `postgresql://…/pwc2` → `postgresql://…/pwc2_e2e`.
 * @param {string} url
 * @param {string} database
 * @returns {string}
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database a PostgreSQL URL names (`postgres` when it names none). @param {string} url */
export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}
