import { expect, test } from "@playwright/test";
import { createLeaderboard } from "./fixtures/leaderboard-data";

// The server runs on E2E_PORT without SITE_URL: every address the site gives out must name that port.
test("robots.txt and the sitemap index name the address the site was asked at, and the sitemap lists the catalogue", async ({ request, baseURL }) => {
  const board = await createLeaderboard({ metrics: [{ name: "Score", direction: "HIGHER_IS_BETTER" }], results: [{ model: "A", values: { Score: "1" } }] });
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain("Disallow: /moderation");

  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("application/xml");
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(files[0]).toBe(`${baseURL}/sitemaps/0.xml`);
  const addresses = (await Promise.all(files.map(async (file) => (await request.get(file)).text()))).join("\n");
  expect(addresses).toContain(`<loc>${baseURL}/paper/${board.paperSlug}</loc>`);
  expect(addresses).toContain(`<loc>${baseURL}/sota/${board.slug}</loc>`);
  expect((await request.get(`/sitemaps/${files.length}.xml`)).status()).toBe(404);
});

test("pages carry absolute canonical and OpenGraph addresses, and a favicon of our own", async ({ page, baseURL }) => {
  const board = await createLeaderboard({ metrics: [{ name: "Score", direction: "HIGHER_IS_BETTER" }], results: [{ model: "A", values: { Score: "1" } }] });
  await page.goto(`/paper/${board.paperSlug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/paper/${board.paperSlug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", board.paperTitle);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/paper/${board.paperSlug}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");

  await page.goto(`/sota/${board.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/sota/${board.slug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${board.taskName} on ${board.datasetName}: the state of the art`);

  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  const response = await page.request.get(icon!);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});

test("the API page, the OpenAPI description and the exports point at this server", async ({ page, request, baseURL }) => {
  const board = await createLeaderboard({ metrics: [{ name: "Score", direction: "HIGHER_IS_BETTER" }], results: [{ model: "A", values: { Score: "1" } }] });
  await page.goto("/api");
  await expect(page.getByText(`curl "${baseURL}/api/v1/evaluations/?items_per_page=5"`)).toBeVisible();
  await expect(page.getByText("localhost:3000")).toHaveCount(0);
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.servers).toEqual([{ url: `${baseURL}/api/v1` }]);
  const csv = await (await request.get(`/sota/${board.slug}/export.csv`)).text();
  expect(csv).toContain(`${baseURL}/paper/${board.paperSlug}`);
});
