// Issue 11: watch a leaderboard → a moderator approves a result on it → inbox entry and unread count →
// the digest mail on the tests' SMTP server (sent by the worker) → the webhook, verified by its signature.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { enqueueDigest } from "@/lib/follow/digests";
import { signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { waitForMailTo } from "./fixtures/mail";
import { submitResultsTo } from "./fixtures/submissions";

// Three browsers (watcher, moderator, signed-out reader) and a worker round trip: three tests' time.
test.beforeEach(() => test.slow());

/** The check a receiver makes, as the API page shows it: HMAC-SHA256 of "<t>.<body>" with the secret. */
function isSignedBy(secret: string, body: string, header: string): boolean {
  const { t, v1 } = Object.fromEntries(header.split(",").map((part) => part.split("=", 2)));
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1 ?? "", "hex");
  return Math.abs(Date.now() / 1000 - Number(t)) < 300 && given.length === expected.length && timingSafeEqual(given, expected);
}

test("a watcher hears of a new best in the inbox, by e-mail digest and by a signed webhook", async ({ page, browser }) => {
  const hooks: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      hooks.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const id = randomUUID().slice(0, 6);
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: `Alpha ${id}`, values: { Accuracy: "90.0" }, date: "2021-01-01" }],
  });
  const watcher = await createUser();
  const submitter = await createUser();

  await signInThroughUi(page, watcher);
  await page.goto(`/sota/${board.slug}`);
  await page.getByRole("button", { name: "Watch", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unwatch" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/profile");
  const watches = page.getByRole("region", { name: "Watching and webhooks" });
  await expect(watches.getByTestId("watch")).toContainText(`${board.taskName} on ${board.datasetName}`);
  await watches.getByLabel("Webhook URL").fill(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
  await watches.getByRole("button", { name: "Add webhook" }).click();
  const secret = await page.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(/^whsec_/);

  const submission = await submitResultsTo(board, submitter.id, [{ model: `Gamma ${id}`, value: "95.5" }]);
  const moderator = await (await browser.newContext({ storageState: storageStateOf("MODERATOR") })).newPage();
  await moderator.goto(`/moderation/${submission.id}`);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByTestId("decided-banner")).toContainText("Approved");

  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("inbox-unread")).toHaveText("1 unread");

  // The daily digest, run for "now" rather than waiting a day; the worker beside the server sends it.
  await enqueueDigest(watcher.id);
  const mail = await waitForMailTo(watcher.email);
  expect(mail.subject).toBe("Papers With Code 2: 1 change on what you watch");
  expect(mail.text).toContain(`New best on ${board.taskName} on ${board.datasetName}: Gamma ${id} · Accuracy 95.5`);
  expect(mail.listUnsubscribe).toMatch(/\/api\/unsubscribe\?token=/);

  await expect.poll(() => hooks.length, { message: "a webhook delivery" }).toBeGreaterThan(0);
  const [delivery] = hooks;
  expect(isSignedBy(secret, delivery.body, String(delivery.headers["x-pwc-signature"]))).toBe(true);
  expect(isSignedBy("whsec_wrong", delivery.body, String(delivery.headers["x-pwc-signature"]))).toBe(false);
  expect(JSON.parse(delivery.body)).toMatchObject({ kind: "NEW_BEST", path: `/sota/${board.slug}`, data: { model: `Gamma ${id}`, value: "95.5" } });
  receiver.close();

  await page.getByTestId("inbox-link").click();
  await expect(page.getByTestId("inbox-item")).toContainText(`New best on ${board.taskName} on ${board.datasetName}: Gamma ${id}`);
  await page.getByLabel("E-mail digest").selectOption("DAILY");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("A digest a day, when something changed.")).toBeVisible();
  await page.goto("/profile");
  await expect(page.getByTestId("delivery")).toContainText("sent");
  await expect(page.getByTestId("inbox-unread")).toHaveCount(0);

  // The mail's unsubscribe link works signed out.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(/(http\S+\/unsubscribe\?token=\S+)/.exec(mail.text)![1]);
  await reader.getByRole("button", { name: "Stop digest e-mails" }).click();
  await expect(reader.getByTestId("unsubscribed")).toBeVisible();
  expect((await prisma.digestSetting.findUniqueOrThrow({ where: { userId: watcher.id } })).frequency).toBe("OFF");
});

test("a webhook URL that is not an address is refused next to its field, what was typed kept", async ({ page }) => {
  const watcher = await createUser();
  const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
  await prisma.watch.create({ data: { userId: watcher.id, targetKind: "BENCHMARK", targetId: board.id, label: "A board" } });
  await signInThroughUi(page, watcher);
  await page.goto("/profile");
  await page.getByLabel("Webhook URL").fill("not an address");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText("Enter an http:// or https:// address")).toBeVisible();
  await expect(page.getByLabel("Webhook URL")).toHaveValue("not an address");
});
