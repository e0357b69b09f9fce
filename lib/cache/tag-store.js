// The shared record of when each cache tag last expired (table "CacheTag"), so that a write in one
// process (a server instance, the importer, a test) expires cached pages in every other.
// Plain JavaScript with the bare driver: Next.js loads the cache handler that uses it uncompiled.
import Database from "better-sqlite3";
import { sqliteFile } from "../database-url.js";

/** @type {import("better-sqlite3").Database | undefined} */
let db;

function open() {
  db ??= new Database(sqliteFile(), { timeout: 15_000 });
  return db;
}

/**
 * Marks tags as expired now: a cached entry made before this moment is not served again.
 * @param {string[]} tags
 */
export async function expireTagsEverywhere(tags) {
  if (tags.length === 0) return;
  const now = Date.now();
  const upsert = open().prepare(
    'INSERT INTO "CacheTag" ("tag", "expiredAtMs") VALUES (?, ?) ON CONFLICT ("tag") DO UPDATE SET "expiredAtMs" = excluded."expiredAtMs"',
  );
  open().transaction(() => tags.forEach((tag) => upsert.run(tag, now)))();
}

/** @type {Map<number, import("better-sqlite3").Statement>} */
const lastExpiryStatements = new Map();

/** The lookup for `count` tags, prepared once: it runs on every cached response. @param {number} count */
function lastExpiryStatement(count) {
  let statement = lastExpiryStatements.get(count);
  if (!statement) {
    const placeholders = Array.from({ length: count }, () => "?").join(", ");
    statement = open().prepare(`SELECT MAX("expiredAtMs") AS "at" FROM "CacheTag" WHERE "tag" IN (${placeholders})`);
    lastExpiryStatements.set(count, statement);
  }
  return statement;
}

/**
 * The latest expiry among the tags, in milliseconds since the epoch (0 when none expired).
 * @param {string[]} tags
 * @returns {Promise<number>}
 */
export async function lastExpiry(tags) {
  if (tags.length === 0) return 0;
  const row = /** @type {{ at: number | bigint | null } | undefined} */ (lastExpiryStatement(tags.length).get(...tags));
  return Number(row?.at ?? 0);
}
