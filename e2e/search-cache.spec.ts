// A one-word search is a cached page (lib/front/search-path.js): the front answers it from its cache until
// the catalogue changes, then it shows what changed at the next request.
import { expect, test } from "@playwright/test";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { uniqueWord } from "./fixtures/catalogue-data";

test("a visitor's one-word search comes from the cache, and shows a new paper once the catalogue changes", async ({ page, request }) => {
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

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page).toHaveURL(`/search?q=${word}`);
});
