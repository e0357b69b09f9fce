// The old Papers with Code Python client against the built server: its calls as httpx sends them (no
// redirects followed, a path's letters outside ASCII percent-encoded), and a script's shortest write.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createApiToken } from "@/lib/api/tokens";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";

const RATE_LIMIT_HEADERS = ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-retry"];

/** A paper with no date of its own, a venue, an author outside ASCII and a repository of its own. */
async function createUndatedPaper() {
  const id = randomUUID().slice(0, 8);
  const paper = await prisma.paper.create({
    data: {
      slug: `old-client-paper-${id}`,
      title: `An Old Client Paper ${id}`,
      arxivId: `2010.${String(parseInt(id.slice(0, 5), 16) % 100000).padStart(5, "0")}`,
      venue: `conf${id} 2021`,
      sourceKey: `old-client:${id}`,
      authors: { create: [{ name: `José Müller ${id}`, position: 0 }] },
      repositories: { create: [{ url: `https://github.com/owner-${id}/repo-${id}`, stars: 7, framework: "PyTorch" }] },
    },
  });
  await expireTagsEverywhere(["catalogue"]);
  return { id, paper };
}

test("every kind of read the old client makes answers as it parses it, on the built server", async ({ request }) => {
  const { id, paper } = await createUndatedPaper();
  const get = (path: string) => request.get(`/api/v1${path}`, { maxRedirects: 0 });

  const read = await get(`/papers/${paper.slug}/`);
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ published: "2020-10-01", published_source: "arxiv_id", conference: `conf${id}`, proceeding: `conf${id}-2021` });
  for (const name of RATE_LIMIT_HEADERS) expect(read.headers()[name]).toMatch(/^\d+$/);

  // repository_owner_list sends no trailing slash and no page.
  const owned = await get(`/repositories/owner-${id}`);
  expect(owned.status()).toBe(200);
  expect(await owned.json()).toMatchObject({ count: 1, next: null, results: [{ owner: `owner-${id}`, name: `repo-${id}`, stars: 7, framework: "pytorch" }] });
  expect(await (await get(`/repositories/owner-${id}/repo-${id}/papers/`)).json()).toMatchObject({ results: [{ id: paper.slug }] });

  const author = await get(`/authors/${encodeURI(`josé-müller-${id}`)}/papers/`);
  expect(author.status()).toBe(200);
  expect(await author.json()).toMatchObject({ count: 1, results: [{ id: paper.slug }] });
  expect(await (await get(`/conferences/conf${id}/proceedings/`)).json()).toMatchObject({ results: [{ id: `conf${id}-2021`, year: 2021, month: null }] });
  expect(await (await get(`/conferences/conf${id}/proceedings/conf${id}-2021/papers/`)).json()).toMatchObject({ results: [{ id: paper.slug }] });
  expect((await get("/search/")).status()).toBe(200);

  const missing = await get(`/authors/nobody-${id}/`);
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
  for (const name of RATE_LIMIT_HEADERS) expect(missing.headers()[name]).toMatch(/^\d+$/);
});

test("a script submits new results with only what it knows, and reads them back in every state", async ({ request }) => {
  const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
  const user = await createUser();
  const { token } = await createApiToken(user.id, { name: "script" });
  const headers = { Authorization: `Token ${token}` };

  const created = await request.post("/api/v1/submissions/", {
    headers,
    data: {
      benchmark: { task: board.taskName, dataset: board.datasetName },
      paper: { title: board.paperTitle },
      rows: [{ modelName: "Short", values: ["91.0"], evidence: "Table 2" }],
    },
  });
  expect(created.status()).toBe(201);
  const submission = await created.json();
  expect(submission.payload).toMatchObject({
    benchmark: { subset: "", metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }] },
    rows: [{ usesExtraData: false, codeUrl: "" }],
  });

  const refused = await request.post("/api/v1/submissions/", {
    headers,
    data: { benchmark: { task: board.taskName, dataset: board.datasetName }, rows: [{ values: ["91.0"] }] },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.fields).toMatchObject({ "rows.0.modelName": ["Required: send a string: the model's name, as in the paper."] });

  await request.post(`/api/v1/submissions/${submission.id}/withdraw`, { headers });
  const listed = await request.get("/api/v1/submissions/", { headers });
  expect((await listed.json()).results).toEqual([expect.objectContaining({ id: submission.id, status: "withdrawn" })]);
});

test("the API page documents the old client's routes, the rate-limit headers and how a paper's date is derived", async ({ page }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { name: "API", level: 1 })).toBeVisible();
  await expect(page.getByText("X-RateLimit-Reset").first()).toBeVisible();
  await expect(page.getByText("published_source").first()).toBeVisible();
  await expect(page.getByText("/conferences/{id}/proceedings/{proceeding}/papers/").first()).toBeVisible();
  await expect(page.getByText("/evaluations/{id}/metrics/{metric}/").first()).toBeVisible();
  await expect(page.getByText("/authors/{id}/papers/").first()).toBeVisible();
});
