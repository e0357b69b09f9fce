import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import CacheHandler, { cacheBudgetBytes, freshPage, LIST_REFRESH_MS, setPageRefresher, STALE_PAGES } from "./cache-handler.js";
import { expireTagsEverywhere } from "./tag-store.js";

const page = (html: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "benchmark:b1,catalogue" } });

describe("the cache handler", () => {
  const handler = new CacheHandler();
  let key = 0;
  const nextKey = () => `/sota/page-${++key}`;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-29T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it("serves a stored page until one of its tags expires", async () => {
    const path = nextKey();
    expect(await handler.get(path)).toBeNull();
    await handler.set(path, page("v1"), {});
    later(10);
    expect((await handler.get(path))?.value.html).toBe("v1");
    later(10);
    await expireTagsEverywhere(["benchmark:b1"]);
    later(10);
    expect(await handler.get(path)).toBeNull();
  });

  it("ends a list on a decision's `results`, and the papers' search hits only on `paper-text` or `catalogue`", async () => {
    vi.setSystemTime(new Date("2026-11-29T11:00:00Z")); // before the other tests' expiries: the tags are shared
    const [list, hits] = [nextKey(), nextKey()];
    const store = async (key: string, tags: string[]) => {
      expect(await handler.get(key)).toBeNull();
      await handler.set(key, { kind: "FETCH", data: { body: key } }, { tags });
    };
    const fresh = async (key: string) => (await handler.get(key)) !== null;
    await store(list, ["catalogue"]);
    await store(hits, ["paper-text"]);
    later(2_000);
    await expireTagsEverywhere(["results", "benchmark:b1"]); // a decision on a known paper
    later(10);
    expect([await fresh(list), await fresh(hits)]).toEqual([false, true]);

    later(2_000);
    await store(list, ["catalogue"]);
    later(2_000);
    await expireTagsEverywhere(["catalogue"]); // the importer, or any other writer
    later(10);
    expect([await fresh(list), await fresh(hits)]).toEqual([false, false]);
  });

  it("counts a page as made when its render began: an expiry during the render makes it stale", async () => {
    const path = nextKey();
    expect(await handler.get(path)).toBeNull(); // the render begins
    later(2_000);
    await expireTagsEverywhere(["catalogue"]); // an approval while it renders
    later(500);
    await handler.set(path, page("read before the approval"), {});
    later(10);
    expect(await handler.get(path)).toBeNull();
  });

  it("caches the render that begins a second after an expiry, however soon it is stored", async () => {
    await expireTagsEverywhere(["catalogue"]);
    later(1_100);
    const path = nextKey();
    expect(await handler.get(path)).toBeNull();
    later(5);
    await handler.set(path, page("fresh"), {});
    later(5);
    expect((await handler.get(path))?.value.html).toBe("fresh");
  });

  it("counts a page stored without a miss before it as made five seconds earlier", async () => {
    const path = nextKey();
    await expireTagsEverywhere(["benchmark:b1"]);
    later(3_000);
    await handler.set(path, page("no render start known"), {});
    expect(await handler.get(path)).toBeNull();
  });

  it("gives the front a fresh page by its path, as bytes, without the internal tag list, until a tag expires", async () => {
    vi.setSystemTime(new Date("2026-11-29T13:00:00Z")); // past the other tests' expiries
    const key = "/route-cache/APP_PAGE/0487e325/$/sota/imagenet";
    expect(await handler.get(key)).toBeNull();
    await handler.set(key, { ...page("<html>ImageNet</html>"), status: 200 }, {});
    later(10);
    const fresh = await freshPage("/sota/imagenet");
    expect(fresh?.body.toString()).toBe("<html>ImageNet</html>");
    expect(fresh?.status).toBe(200);
    expect(fresh?.headers).not.toHaveProperty("x-next-cache-tags");
    expect(await freshPage("/sota/other")).toBeNull();
    await expireTagsEverywhere(["benchmark:b1"]);
    later(10);
    expect(await freshPage("/sota/imagenet")).toBeNull();
  });

  it("finds the home page under /index", async () => {
    vi.setSystemTime(new Date("2026-11-29T14:00:00Z"));
    const key = "/route-cache/APP_PAGE/0487e325/$/index";
    expect(await handler.get(key)).toBeNull();
    await handler.set(key, page("<html>home</html>"), {});
    later(10);
    expect((await freshPage("/"))?.body.toString()).toBe("<html>home</html>");
  });

  it("serves a stale list page while it renders again in the background, at most once per interval; never a stale leaderboard", async () => {
    vi.setSystemTime(new Date("2026-11-29T15:00:00Z"));
    const refreshed: string[] = [];
    setPageRefresher(async (path) => void refreshed.push(path));
    const list = "/route-cache/APP_PAGE/0487e325/$/datasets";
    const board = "/route-cache/APP_PAGE/0487e325/$/sota/cifar-10";
    for (const key of [list, board]) {
      expect(await handler.get(key)).toBeNull();
      await handler.set(key, page(`<html>${key}</html>`), {});
    }
    later(LIST_REFRESH_MS + 10);
    await expireTagsEverywhere(["catalogue"]); // an approval
    later(10);

    expect((await freshPage("/datasets"))?.body.toString()).toBe(`<html>${list}</html>`);
    expect(refreshed).toEqual(["/datasets"]);
    expect(await handler.get(list), "Next.js renders it again").toBeNull();
    expect((await freshPage("/datasets"))?.body.toString(), "still served until then").toBe(`<html>${list}</html>`);
    await Promise.resolve();
    expect(refreshed, "not again within the interval").toEqual(["/datasets"]);
    expect(await freshPage("/sota/cifar-10")).toBeNull();

    await handler.set(list, page("<html>new list</html>"), {});
    later(10);
    expect((await freshPage("/datasets"))?.body.toString()).toBe("<html>new list</html>");
  });

  it("serves a stale one-word search while it renders again, at most once per half minute", async () => {
    vi.setSystemTime(new Date("2026-11-29T16:00:00Z"));
    const refreshed: string[] = [];
    setPageRefresher(async (path) => void refreshed.push(path));
    const search = "/route-cache/APP_PAGE/0487e325/$/search/q/residual";
    expect(await handler.get(search)).toBeNull();
    await handler.set(search, page("<html>before</html>"), {});
    later(10);
    await expireTagsEverywhere(["catalogue"]);
    later(10);
    expect((await freshPage("/search/q/residual"))?.body.toString()).toBe("<html>before</html>");
    expect(refreshed).toEqual(["/search/q/residual"]);
    await Promise.resolve();

    const refreshMsOf = (path: string) => STALE_PAGES.find((kind) => kind.path.test(path))?.refreshMs;
    const searchRefreshMs = refreshMsOf("/search/q/residual")!;
    expect(searchRefreshMs).toBe(30_000);
    expect([refreshMsOf("/sota"), refreshMsOf("/tasks")], "the two indexes of the whole catalogue, as a search").toEqual([30_000, 30_000]);
    expect([refreshMsOf("/index"), refreshMsOf("/papers"), refreshMsOf("/sota/cifar-10")]).toEqual([LIST_REFRESH_MS, LIST_REFRESH_MS, undefined]);
    later(LIST_REFRESH_MS + 10);
    expect((await freshPage("/search/q/residual"))?.body.toString(), "a list would have rendered again by now").toBe("<html>before</html>");
    expect(refreshed).toEqual(["/search/q/residual"]);
    later(searchRefreshMs);
    await freshPage("/search/q/residual");
    expect(refreshed).toEqual(["/search/q/residual", "/search/q/residual"]);
  });
});

describe("cacheBudgetBytes", () => {
  const MB = 1024 * 1024;
  const GB = 1024 * MB;
  it("takes PWC_CACHE_MB (refusing a value that is not one), else an eighth of the memory shared by the processes, 128 MB to 1 GB each", () => {
    expect(cacheBudgetBytes("512", 24 * GB, 2)).toBe(512 * MB);
    expect(cacheBudgetBytes(undefined, 24 * GB, 2)).toBe(1024 * MB);
    expect(cacheBudgetBytes(undefined, 8 * GB, 2)).toBe(512 * MB);
    expect(cacheBudgetBytes(undefined, 8 * GB, 4)).toBe(256 * MB);
    expect(cacheBudgetBytes(" ", 2 * GB, 2)).toBe(128 * MB);
    for (const wrong of ["none", "0", "1.5", "-1", "1e3", "0x100"]) expect(() => cacheBudgetBytes(wrong), wrong).toThrow(/PWC_CACHE_MB must be/);
  });
});
