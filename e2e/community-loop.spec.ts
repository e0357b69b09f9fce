// The community loop of issue #3 walked through the site only: a submitter's browser and a moderator's
// browser, no shortcuts through the database except to read what it holds.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { storageStateOf } from "./fixtures/accounts";
import { uniqueEmail } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";

// Each story walks two browsers through a dozen pages: give it the time of three ordinary tests.
test.beforeEach(() => test.slow());

const shownModels = (page: Page) => page.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts();

async function moderatorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf("MODERATOR") });
  return context.newPage();
}

async function signUp(page: Page, name: string): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("loop"));
  await page.getByLabel("Password").fill("benchmarks-are-fun");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-menu-button")).toContainText(name);
}

/** Fills the form opened from a leaderboard's "Submit a result" for its one metric, and sends it. */
async function submitFromLeaderboard(page: Page, slug: string, model: string, value: string): Promise<string> {
  await page.goto(`/sota/${slug}`);
  await page.getByRole("link", { name: "Submit a result" }).click();
  await page.getByLabel("arXiv id or URL").fill("1512.03385");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("paper-found")).toContainText("Deep Residual Learning for Image Recognition");
  await page.getByLabel("Model name").fill(model);
  await page.getByLabel("Accuracy ↑").fill(value);
  await page.getByLabel("Evidence").fill("Table 4");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  return page.url().split("/").pop()!;
}

test("a submission is approved at its rank and another rejected with a reason the submitter reads", async ({ page, browser }) => {
  const id = randomUUID().slice(0, 8);
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [
      { model: `Alpha ${id}`, values: { Accuracy: "90.0" }, date: "2021-01-01" },
      { model: `Beta ${id}`, values: { Accuracy: "80.0" }, date: "2021-02-01" },
    ],
  });
  await signUp(page, `Grace ${id}`);
  const accepted = await submitFromLeaderboard(page, board.slug, `Gamma ${id}`, "85.5");

  await page.getByRole("link", { name: "Submit", exact: true }).click();
  await page.getByLabel("Task", { exact: true }).fill(`Bird Counting ${id}`);
  await page.getByLabel("Dataset", { exact: true }).fill(`Aviary-${id}`);
  await page.getByLabel("Metric name").fill("Count error");
  await page.getByLabel("Direction").selectOption("LOWER_IS_BETTER");
  await page.getByLabel("arXiv id or URL").fill("1512.03385");
  await page.getByRole("button", { name: "Look up" }).click();
  await page.getByLabel("Model name").fill(`BirdNet ${id}`);
  await page.getByLabel(/^Count error/).fill("3.1");
  await page.getByLabel("Evidence").fill("Figure 2");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  const rejected = page.url().split("/").pop()!;

  const moderator = await moderatorPage(browser);
  await moderator.goto(`/moderation/${accepted}`);
  await expect(moderator.getByTestId("placement")).toContainText("rank 2 of 3");
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByTestId("decided-banner")).toContainText("Approved");

  await moderator.goto(`/moderation/${rejected}`);
  await expect(moderator.getByText(`Bird Counting ${id}`).first()).toBeVisible();
  await moderator.getByLabel("Reason").fill("Figure 2 shows a count error of 3.4, not 3.1.");
  await moderator.getByRole("button", { name: "Reject" }).click();
  await expect(moderator.getByTestId("decided-banner")).toContainText("Rejected");

  // The public pages show the approved row at its rank on the very next request; the rejected one nowhere.
  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual([`Alpha ${id}`, `Gamma ${id}`, `Beta ${id}`]);
  await page.goto("/paper/deep-residual-learning-for-image-recognition");
  await expect(
    page
      .getByTestId("paper-results")
      .getByRole("row")
      .filter({ hasText: `Gamma ${id}` }),
  ).toContainText("#2");
  expect(await prisma.task.count({ where: { name: `Bird Counting ${id}` } })).toBe(0);

  // The submitter sees both decisions, and the reason.
  await page.goto("/submissions");
  const mine = page.getByTestId("my-submission");
  await expect(mine.filter({ hasText: board.taskName })).toContainText("Approved");
  await expect(mine.filter({ hasText: `Bird Counting ${id}` })).toContainText("Rejected");
  await page.goto(`/submissions/${rejected}`);
  await expect(page.getByTestId("decision")).toContainText("Figure 2 shows a count error of 3.4, not 3.1.");
});

test("request changes → the submitter edits → approve, all through the site", async ({ page, browser }) => {
  const id = randomUUID().slice(0, 8);
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: `Alpha ${id}`, values: { Accuracy: "90.0" }, date: "2021-01-01" }],
  });
  await signUp(page, `Alan ${id}`);
  const submission = await submitFromLeaderboard(page, board.slug, `Delta ${id}`, "95.0");

  const moderator = await moderatorPage(browser);
  await moderator.goto(`/moderation/${submission}`);
  await moderator.getByLabel("Reason").fill("Table 4 says 92.5 for this model.");
  await moderator.getByRole("button", { name: "Request changes" }).click();
  await expect(moderator.getByTestId("decided-banner")).toContainText("Changes requested");

  await page.goto(`/submissions/${submission}`);
  await expect(page.getByTestId("decision")).toContainText("Table 4 says 92.5 for this model.");
  await page.getByLabel("Accuracy ↑").fill("92.5");
  await page.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");

  await moderator.goto(`/moderation/${submission}`);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByTestId("decided-banner")).toContainText("Approved");

  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual([`Delta ${id}`, `Alpha ${id}`]);
  await expect(page.getByTestId("leaderboard-row").first()).toContainText("92.5");
  const events = await prisma.reviewEvent.findMany({ where: { submissionId: submission }, orderBy: { createdAt: "asc" } });
  expect(events.map((event) => event.toStatus)).toEqual(["PENDING", "CHANGES_REQUESTED", "PENDING", "APPROVED"]);
});
