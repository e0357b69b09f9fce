// Next.js's cache of rendered pages and cached reads, for `cacheHandler` in next.config.js.
// Entries live in this process's memory; expiry is shared through the CacheTag table, so every
// instance and script sees an approval at once. Entries are cheap to re-render, expiry must not be
// missed: that is why the entries are local and the tags are shared.
import { expireTagsEverywhere, lastExpiry } from "./tag-store.js";

const MAX_BYTES = 256 * 1024 * 1024;
// A render that began before an expiry may finish after it: an entry counts as made when its render
// began, so that an expiry during the render still makes it stale. A render begins after a `get` that
// missed; an entry stored without one counts as made this long before it was stored.
const LONGEST_RENDER_MS = 5_000;
// Expiries carry the clock of the instance that wrote them: instances on other machines may be this far
// apart (NTP keeps them within milliseconds).
const CLOCK_SKEW_MS = 1_000;
const MAX_RENDERS_TRACKED = 10_000;
// Lists whose freshness is not promised (the home page, the catalogue's indexes): once one of their tags
// expired, the front keeps serving the page it has and renders a new one in the background, at most once
// this often per page, so that approvals never put a list's render on a reader's request. A leaderboard,
// a paper, a result or the public log is never served stale.
const LIST_PAGES = /^\/(index|sota|tasks|datasets|methods|papers(\/page\/\d+)?|area\/[^/]+)$/;
export const LIST_REFRESH_MS = 5_000;

/** @typedef {{ value: any, lastModified: number, tags: string[], bytes: number }} Entry */

/** @type {Map<string, Entry>} */
const entries = new Map();
let totalBytes = 0;
// A page's entry is stored under "/route-cache/APP_PAGE/<route hash>/$<path>" ("/index" for "/"):
// its key by path, for freshPage.
const PAGE_KEY = /^\/route-cache\/APP_PAGE\/[^/]+\/\$(\/.*)$/;
/** @type {Map<string, string>} */
const pageKeys = new Map();

/** When the first `get` of a key that missed returned: its render began after that. @type {Map<string, number>} */
const renderStarts = new Map();

/** @param {string} key */
function missed(key) {
  if (renderStarts.has(key)) return null;
  // Renders that failed never store their entry; forget them all rather than grow without end.
  if (renderStarts.size >= MAX_RENDERS_TRACKED) renderStarts.clear();
  renderStarts.set(key, Date.now());
  return null;
}

/** @param {string} key */
function madeAt(key) {
  const started = renderStarts.get(key);
  renderStarts.delete(key);
  return started === undefined ? Date.now() - LONGEST_RENDER_MS : started - CLOCK_SKEW_MS;
}

/** @param {any} value */
function tagsOf(value, ctxTags = []) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(value?.tags ?? []), ...ctxTags])].filter(Boolean);
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 0;
  let bytes = 0;
  for (const part of [value.html, value.body, value.rscData, value.data?.body]) {
    if (typeof part === "string") bytes += part.length * 2;
    else if (part?.byteLength) bytes += part.byteLength;
  }
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) bytes += segment.byteLength ?? 0;
  return bytes + 1024;
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  totalBytes -= entry.bytes;
  entries.delete(key);
  const page = PAGE_KEY.exec(key);
  if (page && pageKeys.get(page[1]) === key) pageKeys.delete(page[1]);
}

/**
 * The entry under `key` when none of its tags expired since it was made, marked most recently used;
 * an expired one is dropped, unless `keepStale` (a list page, kept for the front until its new render).
 * Next.js's reads and the front's go through here alike.
 * @param {string} key
 */
async function freshEntry(key, keepStale = false) {
  const entry = entries.get(key);
  if (!entry) return null;
  if ((await lastExpiry(entry.tags)) >= entry.lastModified) {
    if (!keepStale) remove(key);
    return null;
  }
  // Map order is insertion order: re-inserting marks the entry as most recently used.
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

/** Drops the least recently used entries until the cache fits. */
function evict() {
  for (const key of entries.keys()) {
    if (totalBytes <= MAX_BYTES) return;
    remove(key);
  }
}

/** @typedef {{ status: number, headers: Record<string, string>, body: Buffer, gzipped?: Buffer }} PageResponse */

/** Each page entry's response, encoded once: what the front in server.js writes. @type {WeakMap<object, PageResponse>} */
const pageResponses = new WeakMap();

/** The response of a page entry: its status, its headers less the internal tag list, its HTML as bytes. */
function pageResponseOf(value) {
  let response = pageResponses.get(value);
  if (!response) {
    const { "x-next-cache-tags": _tags, ...headers } = value.headers ?? {};
    response = { status: value.status ?? 200, headers, body: Buffer.from(value.html) };
    pageResponses.set(value, response);
  }
  return response;
}

/** @param {string} key */
const isListPage = (key) => LIST_PAGES.test(PAGE_KEY.exec(key)?.[1] ?? "");

/** Renders a page again in the background (server.js sends itself the request): set by setPageRefresher. */
let refreshPage = /** @type {((path: string) => Promise<unknown>) | null} */ (null);
/** When each list page's last background render began. @type {Map<string, number>} */
const refreshStarts = new Map();
/** @type {Set<string>} */
const refreshing = new Set();

/** @param {(path: string) => Promise<unknown>} refresher */
export function setPageRefresher(refresher) {
  refreshPage = refresher;
}

/** Starts a background render of a stale list page, unless one runs or one began less than LIST_REFRESH_MS ago. */
function refreshLater(path) {
  const now = Date.now();
  if (!refreshPage || refreshing.has(path) || now - (refreshStarts.get(path) ?? 0) < LIST_REFRESH_MS) return;
  refreshing.add(path);
  refreshStarts.set(path, now);
  refreshPage(path)
    .catch((error) => console.error(`Refreshing ${path} failed:`, error))
    .finally(() => refreshing.delete(path));
}

/** @param {any} value */
const pageOf = (value) => (value?.kind === "APP_PAGE" && typeof value.html === "string" ? pageResponseOf(value) : null);

/**
 * The rendered page at `path` when it is cached and none of its tags expired since it was rendered:
 * what Next.js would answer from the cache. A stale list page is answered too, and rendered again in
 * the background. For the front in server.js.
 * @param {string} path
 * @returns {Promise<PageResponse | null>}
 */
export async function freshPage(path) {
  const key = pageKeys.get(path === "/" ? "/index" : path);
  if (!key) return null;
  const entry = await freshEntry(key, isListPage(key));
  if (entry) return pageOf(entry.value);
  const stale = entries.get(key);
  if (!stale) return null;
  refreshLater(path);
  return pageOf(stale.value);
}

export default class CacheHandler {
  /** @param {string} key */
  async get(key) {
    // A stale list page is a miss for Next.js (it renders it again) and stays for the front until then.
    const entry = await freshEntry(key, isListPage(key));
    return entry ? { value: entry.value, lastModified: entry.lastModified } : missed(key);
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[] }} ctx
   */
  async set(key, value, ctx) {
    remove(key);
    if (!value) return void renderStarts.delete(key);
    const page = PAGE_KEY.exec(key);
    if (page) pageKeys.set(page[1], key);
    const entry = { value, lastModified: madeAt(key), tags: tagsOf(value, ctx?.tags), bytes: sizeOf(value) };
    entries.set(key, entry);
    totalBytes += entry.bytes;
    evict();
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await expireTagsEverywhere(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
