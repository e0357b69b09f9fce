// The shared record of when each cache tag last expired (table "CacheTag"), so that a write in one
// process (a server instance, the importer, a test) expires cached pages in every other.
// Plain JavaScript with the bare drivers, better-sqlite3 or pg as DATABASE_URL says: Next.js loads the
// cache handler that uses it uncompiled.
import { databaseProvider, databaseUrl, sqliteFile } from "../database-url.js";

/**
 * @typedef {object} Store
 * @property {(tags: string[], now: number) => Promise<void>} expire
 * @property {(tags: string[]) => Promise<number>} lastExpiry
 */

const UPSERT = 'INSERT INTO "CacheTag" ("tag", "expiredAtMs") VALUES (?, ?) ON CONFLICT ("tag") DO UPDATE SET "expiredAtMs" = excluded."expiredAtMs"';

/** @param {string} file @returns {Promise<Store>} */
async function openSqlite(file) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { timeout: 15_000 });
  const upsert = db.prepare(UPSERT);
  /** @type {Map<number, import("better-sqlite3").Statement>} */
  const lookups = new Map();
  // The lookup for `count` tags, prepared once: it runs on every cached response.
  const lookup = (/** @type {number} */ count) => {
    let statement = lookups.get(count);
    if (!statement) {
      const placeholders = Array.from({ length: count }, () => "?").join(", ");
      statement = db.prepare(`SELECT MAX("expiredAtMs") AS "at" FROM "CacheTag" WHERE "tag" IN (${placeholders})`);
      lookups.set(count, statement);
    }
    return statement;
  };
  return {
    async expire(tags, now) {
      db.transaction(() => tags.forEach((tag) => upsert.run(tag, now)))();
    },
    async lastExpiry(tags) {
      const row = /** @type {{ at: number | bigint | null } | undefined} */ (lookup(tags.length).get(...tags));
      return Number(row?.at ?? 0);
    },
  };
}

/** @param {string} url @returns {Promise<Store>} */
async function openPostgres(url) {
  const { default: pg } = await import("pg");
  // A few connections are plenty: a lookup is one indexed read. Idle ones never keep a script alive.
  const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
  return {
    async expire(tags, now) {
      await pool.query({
        name: "expire-cache-tags",
        text: 'INSERT INTO "CacheTag" ("tag", "expiredAtMs") SELECT unnest($1::text[]), $2 ON CONFLICT ("tag") DO UPDATE SET "expiredAtMs" = excluded."expiredAtMs"',
        values: [tags, now],
      });
    },
    async lastExpiry(tags) {
      const { rows } = await pool.query({
        name: "last-cache-tag-expiry",
        text: 'SELECT MAX("expiredAtMs") AS "at" FROM "CacheTag" WHERE "tag" = ANY ($1::text[])',
        values: [tags],
      });
      return Number(rows[0]?.at ?? 0);
    },
  };
}

/** @type {Promise<Store> | undefined} */
let store;

/** Opened on first use, on the database DATABASE_URL names then. */
function open() {
  store ??= databaseProvider() === "postgresql" ? openPostgres(databaseUrl()) : openSqlite(sqliteFile());
  return store;
}

/**
 * Marks tags as expired now: a cached entry made before this moment is not served again.
 * @param {string[]} tags
 */
export async function expireTagsEverywhere(tags) {
  if (tags.length === 0) return;
  await (await open()).expire(withImplied(tags, EXPIRING_IMPLIES), Date.now());
}

// Tags named in lib/cache/tags.ts; these rules let a decision expire less than `catalogue` without any other
// writer having to know. What reads `catalogue` (every list) ends when `results` expires too (a decision's
// tag); what reads `paper-text` alone (the papers' search hits) ends when `catalogue` expires (every other
// writer's) or `paper-text` (a decision that created a paper or gave one a title).
const CATALOGUE = "catalogue";
/** @type {[string, string]} */
const EXPIRING_IMPLIES = [CATALOGUE, "paper-text"];
/** @type {[string, string]} */
const READING_IMPLIES = [CATALOGUE, "results"];

/** `tags`, with the second of `rule` when the first is among them. @param {string[]} tags @param {[string, string]} rule */
function withImplied(tags, [when, also]) {
  return tags.includes(when) && !tags.includes(also) ? [...tags, also] : tags;
}

/**
 * The latest expiry among the tags, in milliseconds since the epoch (0 when none expired).
 * @param {string[]} tags
 * @returns {Promise<number>}
 */
export async function lastExpiry(tags) {
  if (tags.length === 0) return 0;
  return (await open()).lastExpiry(withImplied(tags, READING_IMPLIES));
}
