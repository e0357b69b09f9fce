import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInUserOf, signInThroughUi, storageStateOf, openAccountMenu } from "./fixtures/accounts";
import { createUser, type TestUser } from "./fixtures/factories";
import { boardWithOneResult } from "./fixtures/submission-data";

/** The shared moderator (e2e/.auth), in a browser of their own, opens a submission's review page. */
async function reviewAsModerator(browser: Browser, submissionId: string): Promise<{ page: Page; moderator: TestUser }> {
  const context = await browser.newContext({ storageState: storageStateOf("MODERATOR") });
  const page = await context.newPage();
  await page.goto(`/moderation/${submissionId}`);
  return { page, moderator: signedInUserOf("MODERATOR") };
}

/** The moderator approves the submission on its review page. */
async function approveAsModerator(browser: Browser, submissionId: string): Promise<TestUser> {
  const { page, moderator } = await reviewAsModerator(browser, submissionId);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Approved");
  await page.context().close();
  return moderator;
}

/** The moderator retracts the reported result, giving their own reason. */
async function retractAsModerator(browser: Browser, reportId: string, reason: string): Promise<void> {
  const { page } = await reviewAsModerator(browser, reportId);
  await page.getByLabel("Your reason").fill(reason);
  await page.getByRole("button", { name: "Retract result" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Retracted");
  await page.context().close();
}

function submissionIdOf(page: Page): string {
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("an approved edit shows at once on the leaderboard and the result page, whose history keeps the old value", async ({ page, browser }) => {
  const { board, result } = await boardWithOneResult();
  const user = await createUser();
  await signInThroughUi(page, user);
  // Cached before the approval: both pages must render fresh after it.
  await page.goto(`/result/${result.id}`);
  await expect(page.getByTestId("result-history")).toHaveCount(0);

  await page.getByRole("link", { name: "Suggest an edit" }).click();
  await page.getByLabel("Accuracy ↑").fill("71.0");
  await page.getByLabel("Evidence").fill("Table 2");
  await page.getByLabel("Why").fill("The camera-ready Table 2 reports 71.0.");
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  const moderator = await approveAsModerator(browser, submissionIdOf(page));

  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("leaderboard-row")).toContainText("71.0");
  await page.goto(`/result/${result.id}`);
  await expect(page.getByTestId("result-values")).toContainText("71.0");
  const history = page.getByTestId("result-history");
  await expect(history.getByTestId("history-entry").first()).toContainText(`Edited by ${moderator.name}`);
  await expect(history.getByTestId("changes").first()).toContainText("Accuracy: 70.1 → 71.0");
  await expect(history).toContainText("Suggested edit: approved");
  await expect(history).toContainText(`Suggested edit: sent for review by ${user.name}`);

  // The submitter is told: an unread decision, then the decision itself.
  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("link", { name: "My submissions 1 unread decisions" }).click();
  await expect(page).toHaveURL(/\/submissions$/);
  await page.getByTestId("my-submission").getByRole("link").click();
  await expect(page.getByTestId("decision")).toContainText("The result now reads as you suggested.");
});

test("an approved report retracts the result: it leaves the leaderboard, and its page says why", async ({ page, browser }) => {
  const { board, model, result } = await boardWithOneResult();
  const user = await createUser();
  await signInThroughUi(page, user);
  await page.goto(`/result/${result.id}/report`);
  await page.getByLabel("What is wrong?").fill("The paper reports this on the validation split.");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  await retractAsModerator(browser, submissionIdOf(page), "Checked: Table 2 of the paper is the validation split.");

  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByRole("link", { name: model })).toHaveCount(0);
  await page.goto(`/result/${result.id}`);
  await expect(page.getByTestId("retracted")).toContainText("Checked: Table 2 of the paper is the validation split.");
  await expect(page.getByTestId("retracted").getByTestId("report-quote")).toContainText("The paper reports this on the validation split.");
  await expect(page.getByRole("link", { name: "Suggest an edit" })).toHaveCount(0);
  await expect(page.getByTestId("result-history")).toContainText("Problem report: approved");
});
