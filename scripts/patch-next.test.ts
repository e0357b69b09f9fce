// scripts/patch-next.js, run after install: Next.js's cache stores a page without turning it into JSON to
// measure it, since our cache handler takes entries of any size; with Next's own handler it still refuses
// a data-cache entry over 2 MB.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const nextRoot = path.dirname(require.resolve("next/package.json"));
const { IncrementalCache } = require(path.join(nextRoot, "dist/server/lib/incremental-cache/index.js"));

/** An entry whose JSON is counted: a page's RSC payload is a Buffer, which Buffer#toJSON spells byte by byte. */
function countedEntry() {
  const toJSON = vi.fn(() => ({ type: "Buffer", data: [] }));
  return { toJSON, entry: { kind: "FETCH", data: { headers: {}, body: "x".repeat(3 * 1024 * 1024), status: 200, url: "" }, revalidate: 60, rsc: { toJSON } } };
}

/** Next's set, on a cache of our own making: its handler records what it is given. */
function cacheWith(hasCustomCacheHandler: boolean) {
  const stored: unknown[] = [];
  const cache = Object.assign(Object.create(IncrementalCache.prototype), {
    hasCustomCacheHandler,
    disableForTestmode: false,
    dev: false,
    cacheControls: new Map(),
    cacheHandler: { set: async (_key: string, data: unknown) => void stored.push(data) },
  });
  return { cache, stored };
}

describe("Next.js's incremental cache after scripts/patch-next.js", () => {
  it("stores an entry for a custom cache handler without turning it into JSON, whatever its size", async () => {
    const { cache, stored } = cacheWith(true);
    const { entry, toJSON } = countedEntry();
    await cache.set("key", entry, { fetchCache: true, tags: [] });
    expect(stored).toEqual([entry]);
    expect(toJSON).not.toHaveBeenCalled();
  });

  it("still refuses a data-cache entry over 2 MB with Next's own handler", async () => {
    const { cache, stored } = cacheWith(false);
    const { entry, toJSON } = countedEntry();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await cache.set("key", entry, { fetchCache: true, tags: [] });
    warn.mockRestore();
    expect(stored).toEqual([]);
    expect(toJSON).toHaveBeenCalledOnce();
  });

  it("is applied to every compiled runtime that measures entries", () => {
    const folder = path.join(nextRoot, "dist/compiled/next-server");
    const unpatched = readdirSync(folder)
      .filter((name) => name.endsWith(".js"))
      .filter((name) => /let \w+=JSON\.stringify\(\w+\)\.length;if\(\w+\.fetchCache/.test(readFileSync(path.join(folder, name), "utf8")));
    expect(unpatched).toEqual([]);
  });
});
