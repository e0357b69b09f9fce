// Next.js's cache of rendered pages and cached reads, for `cacheHandler` in next.config.js.
// Entries live in this process's memory; expiry is shared through the CacheTag table, so every
// instance and script sees an approval at once. Entries are cheap to re-render, expiry must not be
// missed: that is why the entries are local and the tags are shared. The server processes of one
// machine (lib/front/server-workers.js) send each other what they render, so that each page is rendered
// once on the machine; an entry so received is judged fresh or not by the same tags.
import cluster from "node:cluster";
import os from "node:os";
import { SHARED_ENTRY, serverWorkerCount } from "../front/server-workers.js";
import { expireTagsEverywhere, lastExpiry } from "./tag-store.js";

const MB = 1024 * 1024;

/**
 * The memory this process's entries may take: PWC_CACHE_MB, else an eighth of the machine's memory (or of the
 * container's limit) shared by the server processes, between 128 MB and 1 GB each. At the archive's size the
 * ~900 pages `npm run load` reads (the 200 largest boards, papers, tasks, datasets, lists and searches, with the
 * reads they were rendered from) did not fit in 256 MB: they pushed each other out and most requests were
 * renders; in 1 GB none was pushed out (docs/performance.md). The count is of entries, not of the front's
 * encoded copies of pages: leave room for those.
 * @param {string | undefined} setting
 * @param {number} machineBytes
 * @param {number} processes
 */
export function cacheBudgetBytes(setting = process.env.PWC_CACHE_MB, machineBytes = usableMemory(), processes = serverWorkerCount()) {
  const text = setting?.trim();
  if (!text) return Math.min(1024 * MB, Math.max(128 * MB, Math.floor(machineBytes / 8 / processes)));
  if (!/^\d+$/.test(text) || Number(text) < 16)
    throw new Error(`PWC_CACHE_MB must be a whole number of megabytes, 16 or more (was "${setting}"). See .env.example.`);
  return Number(text) * MB;
}

/** The machine's memory, or the container's limit when it has a lower one. */
function usableMemory() {
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 ? Math.min(limit, os.totalmem()) : os.totalmem();
}

const MAX_BYTES = cacheBudgetBytes();
// A render that began before an expiry may finish after it: an entry counts as made when its render
// began, so that an expiry during the render still makes it stale. A render begins after a `get` that
// missed; an entry stored without one counts as made this long before it was stored.
const LONGEST_RENDER_MS = 5_000;
// Expiries carry the clock of the instance that wrote them: instances on other machines may be this far
// apart (NTP keeps them within milliseconds).
const CLOCK_SKEW_MS = 1_000;
const MAX_RENDERS_TRACKED = 10_000;
// Pages whose freshness is not promised: once one of their tags expired, the front keeps serving the page
// it has and renders a new one in the background, at most once per `refreshMs` per page, so that approvals
// never put their render on a reader's request. Every approval expires `results`, which ends what reads `catalogue`.
// - Lists (the home page, the catalogue's indexes): a few seconds behind at most.
// - The two indexes of the whole catalogue (/sota, every benchmark's best; /tasks, every task) and one-word
//   searches (/search/q/WORD): half a minute at most. At the archive's size the indexes are 1 MB and 0.5 MB
//   pages, 0.8 s and 0.3 s of CPU to render (`npm run approval-cost`): rendered again every 5 s while
//   moderators approve, they took a tenth of the machine. Readers search for a hundred words as often as for a
//   list, and each search costs a list's render (docs/performance.md).
// A leaderboard, a paper, a result, a task, a dataset or the public log is never served stale.
export const STALE_PAGES = [
  { path: /^\/(index|datasets|methods|papers(\/page\/\d+)?|area\/[^/]+)$/, refreshMs: 5_000 },
  { path: /^\/(sota|tasks|search\/q\/[^/]+)$/, refreshMs: 30_000 },
];
export const LIST_REFRESH_MS = STALE_PAGES[0].refreshMs;

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
 * an expired one is dropped, unless `keepStale` (a page served stale, kept for the front until its new render).
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

/** Stores an entry under `key`, in place of any before it, and drops the least recently used past the budget. @param {string} key @param {Entry} entry */
function put(key, entry) {
  remove(key);
  const page = PAGE_KEY.exec(key);
  if (page) pageKeys.set(page[1], key);
  entries.set(key, entry);
  totalBytes += entry.bytes;
  evict();
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

/** How often a page that may be served stale is rendered again at most, or undefined for every other page. @param {string} path */
const refreshIntervalOf = (path) => STALE_PAGES.find((kind) => kind.path.test(path))?.refreshMs;

/** @param {string} key */
const isServedStale = (key) => refreshIntervalOf(PAGE_KEY.exec(key)?.[1] ?? "") !== undefined;

/** Renders a page again in the background (server.js sends itself the request): set by setPageRefresher. */
let refreshPage = /** @type {((path: string) => Promise<unknown>) | null} */ (null);
/** When each page served stale last began to render again. @type {Map<string, number>} */
const refreshStarts = new Map();
/** @type {Set<string>} */
const refreshing = new Set();

/** @param {(path: string) => Promise<unknown>} refresher */
export function setPageRefresher(refresher) {
  refreshPage = refresher;
}

/** Notes when a page served stale last began to render again. @param {string} path @param {number} at */
function markRefreshed(path, at) {
  // Searches are as many as the words asked for: forget them all rather than grow without end.
  if (refreshStarts.size >= MAX_RENDERS_TRACKED) refreshStarts.clear();
  refreshStarts.set(path, at);
}

/** Starts a background render of a page served stale, unless one runs or one began less than its interval ago. */
function refreshLater(path) {
  const now = Date.now();
  const interval = refreshIntervalOf(path === "/" ? "/index" : path) ?? 0;
  if (!refreshPage || refreshing.has(path) || now - (refreshStarts.get(path) ?? 0) < interval) return;
  refreshing.add(path);
  markRefreshed(path, now);
  refreshPage(path)
    .catch((error) => console.error(`Refreshing ${path} failed:`, error))
    .finally(() => refreshing.delete(path));
}

/** @typedef {{ type: typeof SHARED_ENTRY, key: string, value: any, lastModified: number, tags: string[] }} SharedEntry */

/** Sends an entry this process made to the other server processes (through the primary), when there are any. @param {string} key @param {Entry} entry */
function share(key, entry) {
  if (!cluster.isWorker || !process.send) return;
  /** @type {SharedEntry} */
  const message = { type: SHARED_ENTRY, key, value: entry.value, lastModified: entry.lastModified, tags: entry.tags };
  process.send(message);
}

/** Whether this process holds a render of `key` that began after `lastModified`'s. @param {string} key @param {number} lastModified */
const holdsNewer = (key, lastModified) => (entries.get(key)?.lastModified ?? -Infinity) > lastModified;

/**
 * Keeps an entry another server process made, unless this one holds a newer render of it. A page served stale
 * counts as refreshed here too, when what arrived is fresh: the processes together render it again at most once
 * per its interval.
 * @param {SharedEntry} shared
 */
async function keepShared(shared) {
  const current = entries.get(shared.key);
  if (current && current.lastModified >= shared.lastModified) return;
  put(shared.key, { value: shared.value, lastModified: shared.lastModified, tags: shared.tags, bytes: sizeOf(shared.value) });
  const path = PAGE_KEY.exec(shared.key)?.[1];
  if (path && isServedStale(shared.key) && (await lastExpiry(shared.tags)) < shared.lastModified) markRefreshed(path === "/index" ? "/" : path, Date.now());
}

if (cluster.isWorker) {
  process.on("message", (message) => {
    if (message?.type !== SHARED_ENTRY) return;
    keepShared(message).catch((error) => console.error("A cache entry from another server process could not be kept:", error));
  });
}

/** @param {any} value */
const pageOf = (value) => (value?.kind === "APP_PAGE" && typeof value.html === "string" ? pageResponseOf(value) : null);

/**
 * The rendered page at `path` when it is cached and none of its tags expired since it was rendered:
 * what Next.js would answer from the cache. A stale page of STALE_PAGES is answered too, and rendered again in
 * the background. For the front in server.js.
 * @param {string} path
 * @returns {Promise<PageResponse | null>}
 */
export async function freshPage(path) {
  const key = pageKeys.get(path === "/" ? "/index" : path);
  if (!key) return null;
  const entry = await freshEntry(key, isServedStale(key));
  if (entry) return pageOf(entry.value);
  const stale = entries.get(key);
  if (!stale) return null;
  refreshLater(path);
  return pageOf(stale.value);
}

export default class CacheHandler {
  /** @param {string} key */
  async get(key) {
    // A page served stale is a miss for Next.js (it renders it again) and stays for the front until then.
    const entry = await freshEntry(key, isServedStale(key));
    return entry ? { value: entry.value, lastModified: entry.lastModified } : missed(key);
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[] }} ctx
   */
  async set(key, value, ctx) {
    if (!value) {
      remove(key);
      return void renderStarts.delete(key);
    }
    const entry = { value, lastModified: madeAt(key), tags: tagsOf(value, ctx?.tags), bytes: sizeOf(value) };
    // Another process's render that began after this one's arrived meanwhile: it stays.
    if (holdsNewer(key, entry.lastModified)) return;
    put(key, entry);
    share(key, entry);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await expireTagsEverywhere(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
