// Two server instances (node server.js) of one build on one database (playwright.config.ts starts the second):
// each keeps its own rendered pages, and both see a write on their next request, whichever served it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { prisma } from "@/lib/db";
import { storageStateOf, submitSignIn } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { submitResultsTo } from "./fixtures/submissions";

// The first instance is the tests' baseURL.
const SECOND = process.env.E2E_SECOND_URL!;

/** The page's HTML and whether the instance served it from its cache. */
async function fetchPage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  return { html: await response.text(), cache: response.headers()["x-nextjs-cache"] };
}

test.describe("a moderator", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("approves a result through one instance, and the other's leaderboard shows it at the next request", async ({ page, request, baseURL }) => {
    const board = await createLeaderboard({
      metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
      results: [{ model: "Baseline Net", values: { Accuracy: "71.0" } }],
    });
    const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Shared Cache Net", value: "88.5" }]);
    const path = `/sota/${board.slug}`;
    for (const instance of [baseURL!, SECOND]) {
      await fetchPage(request, instance + path);
      const warm = await fetchPage(request, instance + path);
      expect(warm.cache, `${instance} serves the leaderboard from its cache`).toBe("HIT");
      expect(warm.html).not.toContain("Shared Cache Net");
    }

    await page.goto(`/moderation/${submission.id}`);
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("decided-banner")).toContainText("Approved");

    for (const instance of [SECOND, baseURL!]) {
      const fresh = await fetchPage(request, instance + path);
      expect(fresh.cache, `${instance} renders afresh`).not.toBe("HIT");
      expect(fresh.html, `${instance} shows the approved result`).toContain("Shared Cache Net");
    }
  });
});

/** A load balancer in front of both instances: pages from the first, form posts to the second, the host kept. */
async function startBalancer(first: string, second: string) {
  const posted: string[] = [];
  const server = http.createServer((request, response) => {
    if (request.method === "POST") posted.push(request.url!);
    const target = new URL(request.url!, request.method === "POST" ? second : first);
    const upstream = http.request(target, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(response);
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, posted, close };
}

test("behind one address, pages come from one instance and the forms they hold are handled by the other", async ({ page, baseURL }) => {
  const balancer = await startBalancer(baseURL!, SECOND);
  try {
    const user = await createUser();
    await page.goto(`${balancer.url}/signin`);
    await submitSignIn(page, user.email, user.password);
    await expect(page.getByTestId("account-menu-button")).toContainText(user.name);

    await page.goto(`${balancer.url}/profile`);
    await page.getByLabel("Name").fill("Grace Across Instances");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Your name is saved.")).toBeVisible();
    expect(balancer.posted).toEqual(["/signin", "/profile"]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Grace Across Instances" });
  } finally {
    await balancer.close();
  }
});
