// Every response carries the security headers, and the main pages run under their Content Security
// Policy without a single violation: pages Next.js renders (a nonce of their own) and cached pages the
// front writes (their scripts' hashes) alike.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, openAccountMenu } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { submitResultsTo } from "./fixtures/submissions";

/** Collects what the browser refused under the page's policy, from the event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null) {
  const headers = response?.headers() ?? {};
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
  return headers["content-security-policy"] ?? "";
}

/** The page's own scripts ran: the App Router's inline bootstrap filled its queue and React took over. */
async function expectScriptsRan(page: Page) {
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
}

const twoMetricBoard = () =>
  createLeaderboard({
    metrics: [
      { name: "Accuracy", direction: "HIGHER_IS_BETTER" },
      { name: "Error", direction: "LOWER_IS_BETTER" },
    ],
    results: [
      { model: "Alpha Net", values: { Accuracy: "90", Error: "12" }, date: "2021-01-01" },
      { model: "Beta Net", values: { Accuracy: "85", Error: "9" }, date: "2020-01-01" },
    ],
  });

test("a visitor walks the home page, a leaderboard (chart, metric switcher) and a paper with no CSP violation", async ({ page, request }) => {
  const board = await twoMetricBoard();
  const violations = await watchViolations(page);

  expect(expectSecurityHeaders(await page.goto("/"))).toMatch(/script-src 'self' '(nonce|sha256)-/);
  await expectScriptsRan(page);

  // Rendered once by Next.js (a nonce), then written from the cache by the front (hashes).
  const leaderboard = `/sota/${board.slug}`;
  await request.get(leaderboard);
  const cached = await page.goto(leaderboard);
  expect(cached?.headers()["x-nextjs-cache"]).toBe("HIT");
  const policy = expectSecurityHeaders(cached);
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
  expect(policy).not.toContain("unsafe-inline'; script-src");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  await expect(page.getByTestId("best-over-time").locator("circle")).toHaveCount(2);
  await expectScriptsRan(page);
  await page.getByRole("navigation", { name: "Rank by" }).getByRole("link", { name: "Error" }).click();
  await expect(page.getByTestId("leaderboard-summary")).toContainText("ranked by Error");
  await expect(page.getByTestId("leaderboard-row").first()).toContainText("Beta Net");

  await page.getByRole("link", { name: board.paperTitle }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(board.paperTitle);
  expectSecurityHeaders(await page.reload());
  await expectScriptsRan(page);

  expect(violations).toEqual([]);
});

test("a cached page and a rendered one never share a nonce, and Next.js's own is never sent", async ({ request }) => {
  const board = await twoMetricBoard();
  const nonces = async (path: string) => {
    const response = await request.get(path);
    const html = await response.text();
    const policy = response.headers()["content-security-policy"] ?? "";
    return { policy, attributes: new Set([...html.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1])) };
  };
  const first = await nonces("/signin");
  const second = await nonces("/signin");
  const [firstNonce] = first.attributes;
  expect(first.attributes.size).toBe(1);
  expect(first.policy).toContain(`'nonce-${firstNonce}'`);
  expect(second.attributes.has(firstNonce)).toBe(false);
  await request.get(`/sota/${board.slug}`);
  const cached = await nonces(`/sota/${board.slug}`);
  expect([...cached.attributes]).toEqual([""]);
});

test.describe("a signed-in user", () => {
  test.use({ storageState: storageStateOf("USER") });

  test("uses the submit form, which looks up what is typed, with no CSP violation", async ({ page }) => {
    const board = await twoMetricBoard();
    const violations = await watchViolations(page);
    expectSecurityHeaders(await page.goto(`/submit?benchmark=${board.slug}`));
    await expectScriptsRan(page);
    await expect(page.getByLabel("Task", { exact: true })).toHaveValue(board.taskName);
    await expect(page.getByTestId("benchmark-status")).toContainText("Known benchmark");
    await page.getByLabel("Dataset", { exact: true }).fill(`Unknown set ${board.slug}`);
    await expect(page.getByTestId("benchmark-status")).toContainText("New benchmark");
    await openAccountMenu(page);
    await expect(page.getByRole("link", { name: "Profile" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("a moderator", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("reviews the queue and a submission with no CSP violation", async ({ page }) => {
    const board = await twoMetricBoard();
    const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Gamma Net", value: "95" }]);
    const violations = await watchViolations(page);
    expectSecurityHeaders(await page.goto("/moderation"));
    await expectScriptsRan(page);
    await page.goto(`/moderation/${submission.id}`);
    await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
    await expectScriptsRan(page);
    expect(violations).toEqual([]);
  });
});

test("the API and static files carry the headers too, and HSTS is sent when the proxy says https", async ({ request, page }) => {
  expectSecurityHeaders(await request.get("/api/v1/tasks/"));
  await page.goto("/about");
  const script = await page.locator("script[src]").first().getAttribute("src");
  expectSecurityHeaders(await request.get(script!));
  const overHttps = await request.get("/about", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});
