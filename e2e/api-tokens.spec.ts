import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";

test("a user creates an API token, sees it once, calls the API with it, revokes it, and it is refused", async ({ page, context, request }) => {
  const user = await createUser();
  const name = `nightly sync ${user.id.slice(-6)}`;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInThroughUi(page, user);
  await page.goto("/profile");

  await page.getByLabel("What is this token for?").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-api-token");
  await expect(shown).toContainText("it will not be shown again");
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^pwc_[\w-]{43}$/);
  await shown.getByRole("button", { name: "Copy" }).click();
  await expect(shown).toContainText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  await page.reload();
  const listed = page.getByTestId("api-token").filter({ hasText: name });
  await expect(listed).toContainText(`${token.slice(0, 12)}…`);
  await expect(listed).toContainText("never used");
  await expect(page.getByTestId("new-api-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  const headers = { Authorization: `Token ${token}` };
  const used = await request.get("/api/v1/papers/?items_per_page=1", { headers });
  expect(used.status()).toBe(200);
  expect(await used.json()).toMatchObject({ count: expect.any(Number), results: [expect.objectContaining({ id: expect.any(String) })] });
  expect(await prisma.apiToken.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ name, lastUsedAt: expect.any(Date) });
  await page.reload();
  await expect(listed).toContainText("last used");

  await listed.getByRole("button", { name: `Revoke ${name}` }).click();
  await listed.getByRole("button", { name: "Revoke for good" }).click();
  await expect(page.getByTestId("api-token").filter({ hasText: name })).toHaveCount(0);

  const refused = await request.get("/api/v1/papers/?items_per_page=1", { headers });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "unauthenticated" } });
});

test("the API answers with and without a trailing slash, and to a browser's preflight from anywhere", async ({ request }) => {
  for (const path of ["/api/v1/tasks/", "/api/v1/tasks"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(await response.json()).toMatchObject({ count: expect.any(Number), next: null, previous: null });
  }
  const preflight = await request.fetch("/api/v1/papers/", {
    method: "OPTIONS",
    headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()).toMatchObject({ "access-control-allow-origin": "*", "access-control-allow-headers": "Authorization, Content-Type" });
  expect((await request.get("/api/v1/no-such-thing/")).status()).toBe(404);
  expect((await request.get("/about/", { maxRedirects: 0 })).status()).toBe(308);
});

test("the data page lists the dumps, and a dump downloads once per change", async ({ page, request }) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { name: "Data", exact: true })).toBeVisible();
  await expect(page.getByText("CC-BY-SA 4.0").first()).toBeVisible();
  const link = page
    .getByRole("listitem")
    .filter({ hasText: "evaluation-tables.json" })
    .getByRole("link", { name: /^\.json · / });
  await expect(link).toHaveAttribute("href", "/data/evaluation-tables.json");

  const download = await request.get("/data/evaluation-tables.json");
  expect(download.status()).toBe(200);
  expect(download.headers()["link"]).toContain("creativecommons.org/licenses/by-sa/4.0");
  const tables = await download.json();
  expect(Array.isArray(tables) && tables.length).toBeGreaterThan(0);
  const again = await request.get("/data/evaluation-tables.json", { headers: { "If-None-Match": download.headers()["etag"] } });
  expect(again.status()).toBe(304);
});
