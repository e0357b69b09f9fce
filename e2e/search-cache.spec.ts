// A one-word search is a cached page (lib/front/cached-paths.js): the front answers it from its cache. Once the
// catalogue changes, it keeps answering with that page while the search renders again in the background
// (lib/cache/cache-handler.js, STALE_PAGES): a visitor sees what changed on a later look, never a wait.
import { expect, test } from "@playwright/test";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { uniqueWord } from "./fixtures/catalogue-data";

test("a visitor's one-word search comes from the cache, and shows a new paper soon after the catalogue changes", async ({ page, request }) => {
  const word = uniqueWord();
  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("heading", { name: `Results for “${word}”` })).toBeVisible();
  await expect(page).toHaveURL(`/search?q=${word}`);
  const title = `Cached search paper ${word}`;
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // Each server process renders it once, then serves it from its cache.
  await expect.poll(async () => (await request.get(`/search?q=${word}`)).headers()["x-nextjs-cache"], { message: "served from the cache" }).toBe("HIT");

  await prisma.paper.create({ data: { title, slug: `${word}-cached-search-paper`, sourceKey: `fixture:${word}:search` } });
  await expireTagsEverywhere([tags.catalogue]);

  // The first look after the change may get the page of before; the visitor looks again until the paper shows.
  await expect(async () => {
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 2_000 });
  }, "the search renders again in the background").toPass({ timeout: 30_000 });
  await expect(page).toHaveURL(`/search?q=${word}`);
});
