import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { configuredSiteUrl } from "@/lib/site-url";
import { createTestBenchmark } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { renderAtom } from "./atom";
import { benchmarkFeed, paperFeed, siteFeed, taskFeed } from "./feeds";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

describe("renderAtom", () => {
  it("escapes text and is read back whole by a feed parser", () => {
    const feed = parseFeed(
      renderAtom({
        id: "https://example.org/feed.atom",
        title: "A & B <C>",
        subtitle: "s",
        self: "https://example.org/feed.atom",
        alternate: "https://example.org/",
        updated: "2021-06-30T00:00:00.000Z",
        author: "Papers With Code 2",
        entries: [
          {
            id: "https://example.org/result/1",
            title: 'New best: "X"',
            updated: "2021-06-30T00:00:00.000Z",
            link: "https://example.org/result/1",
            category: "new-best",
            summary: "x",
          },
        ],
      }),
    );
    expect(feed.meta).toMatchObject({ type: "atom", version: "1.0" });
    expect(feed.title).toBe("A & B <C>");
    expect(feed.items[0].title).toBe('New best: "X"');
  });
});

describe("the feeds", () => {
  beforeEach(resetDatabase);

  it("list a board's results newest first, marking new bests, with absolute links, per RFC 4287", async () => {
    const fixture = await createTestBenchmark([{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], [80, 90, 85]);
    const times = ["2021-01-01", "2021-02-01", "2021-03-01"];
    for (const [i, result] of fixture.results.entries())
      await prisma.result.update({ where: { id: result.id }, data: { createdAt: new Date(`${times[i]}T00:00:00Z`) } });
    const site = configuredSiteUrl();
    const feed = parseFeed((await benchmarkFeed(fixture.benchmark.slug))!);

    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe(`${fixture.task.name} on ${fixture.dataset.name} leaderboard`);
    expect(feed.self).toBe(`${site}/sota/${fixture.benchmark.slug}/feed.atom`);
    expect(feed.url).toBe(`${site}/sota/${fixture.benchmark.slug}`);
    expect(feed.updated?.toISOString()).toBe("2021-03-01T00:00:00.000Z");
    expect(feed.authors.map((author) => author.name)).toEqual(["Papers With Code 2"]);
    expect(feed.items.map((item) => [item.title, item.categories.map((category) => category.term)])).toEqual([
      [`New result: Model 3 on ${fixture.task.name} on ${fixture.dataset.name} · Accuracy 85`, ["new-result"]],
      [`New best: Model 2 on ${fixture.task.name} on ${fixture.dataset.name} · Accuracy 90`, ["new-best"]],
      [`New best: Model 1 on ${fixture.task.name} on ${fixture.dataset.name} · Accuracy 80`, ["new-best"]],
    ]);
    for (const [i, item] of feed.items.entries()) {
      const result = fixture.results[2 - i];
      expect(item.id).toBe(`${site}/result/${result.id}`);
      expect(item.url).toBe(`${site}/result/${result.id}`);
      expect(item.updated?.toISOString()).toBe(`${times[2 - i]}T00:00:00.000Z`);
    }
  });

  it("exist for the task, the paper and the whole site, leave out retracted rows, and are null for an unknown slug", async () => {
    const fixture = await createTestBenchmark();
    await prisma.result.update({ where: { id: fixture.results[0].id }, data: { status: "RETRACTED" } });
    for (const xml of [await taskFeed(fixture.task.slug), await paperFeed(fixture.paper.slug), await siteFeed()]) {
      const feed = parseFeed(xml!);
      expect(feed.items.map((item) => item.title?.split(" on ")[0])).toEqual(["New best: Model 2"]);
      expect(feed.updated).toBeInstanceOf(Date);
    }
    expect(await benchmarkFeed("no-such-board")).toBeNull();
    expect(await taskFeed("no-such-task")).toBeNull();
  });
});
