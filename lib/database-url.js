// Plain JavaScript: the cache handler, which Next.js loads without compiling, needs it too.
import { mkdirSync } from "node:fs";
import path from "node:path";

const DEFAULT_URL = "file:./data/pwc2.db";

/** DATABASE_URL, or the project's own SQLite file when it is unset. @returns {string} */
export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_URL;
}

/**
 * The absolute path of the SQLite file named by DATABASE_URL, its folder created.
 * @param {string} [url]
 * @returns {string}
 */
export function sqliteFile(url = databaseUrl()) {
  const file = path.resolve(url.replace(/^file:/, ""));
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
