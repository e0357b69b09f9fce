import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signedInUserOf, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { submitResultsTo } from "./fixtures/submissions";

test.use({ storageState: storageStateOf("MODERATOR") });

const boardOf = () =>
  createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [
      { model: "Alpha", values: { Accuracy: "90.0" }, date: "2021-01-01" },
      { model: "Beta", values: { Accuracy: "80.0" }, date: "2021-02-01" },
    ],
  });

const shownModels = (page: Page) => page.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts();
const statusOf = async (id: string) => (await prisma.submission.findUniqueOrThrow({ where: { id } })).status;

test("a moderator sees a pending submission with its warning and preview rank, approves it, and it shows at once", async ({ page }) => {
  const board = await boardOf();
  const submitter = await createUser();
  const submission = await submitResultsTo(board, submitter.id, [{ model: "Gamma", value: "85.5%" }], {
    checks: [{ kind: "implausible_jump", severity: "warning", message: "85.5 is far from the published results.", row: 0, metric: "Accuracy" }],
  });
  // Both public pages are cached before the approval: they must render fresh after it.
  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Alpha", "Beta"]);
  await page.goto(`/paper/${board.paperSlug}`);
  await expect(page.getByTestId("paper-results")).not.toContainText("Gamma");

  await page.goto(`/moderation?task=${encodeURIComponent(board.taskName)}`);
  const row = page.getByTestId("queue-row").filter({ hasText: "Gamma" });
  await expect(row).toContainText("1 warning");
  await expect(row).toContainText(submitter.name);
  await row.getByRole("link", { name: `${board.taskName} on ${board.datasetName}` }).click();

  await expect(page).toHaveURL(new RegExp(`/moderation/${submission.id}$`));
  // The queue counts the checks stored when it was sent; the review computes them again: 85.5 is no jump.
  await expect(page.getByRole("region", { name: "Automatic checks" })).toContainText("as of now");
  await expect(page.getByTestId("check-warning")).toHaveCount(0);
  await expect(page.getByTestId("placement")).toContainText("rank 2 of 3");
  await expect(page.getByTestId("placement")).toContainText("4.5 (5 %) behind the current best (90)");
  await expect(page.getByTestId("preview").locator("tr[data-highlighted]")).toContainText("Gamma");

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Approved: 1 result changed on the leaderboard.");
  await expect(page.getByTestId("decided-banner")).toContainText("Approved — decided by you");

  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Alpha", "Gamma", "Beta"]);
  await expect(page.getByTestId("leaderboard-row").nth(1)).toContainText(`by ${submitter.name}`);
  await page.goto(`/paper/${board.paperSlug}`);
  await expect(page.getByTestId("paper-results").getByRole("row").filter({ hasText: "Gamma" })).toContainText("#2");
});

test("rejecting needs a reason, which the submission then carries", async ({ page }) => {
  const board = await boardOf();
  const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Delta", value: "70" }]);
  await page.goto(`/moderation/${submission.id}`);

  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Give the submitter a reason")).toBeVisible();
  expect(await statusOf(submission.id)).toBe("PENDING");

  await page.getByLabel("Reason").fill("The paper reports 70 on the validation split.");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Rejected");
  expect(await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
    status: "REJECTED",
    reason: "The paper reports 70 on the validation split.",
    decidedById: signedInUserOf("MODERATOR").id,
  });
  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).not.toContain("Delta");
});

test("requesting changes sends the submission back with the moderator's question", async ({ page }) => {
  const board = await boardOf();
  const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Epsilon", value: "88" }]);
  await page.goto(`/moderation/${submission.id}`);
  await page.getByLabel("Reason").fill("Which table is 88 from?");
  await page.getByRole("button", { name: "Request changes" }).click();
  await expect(page.getByTestId("decided-banner")).toContainText("Changes requested");
  await expect(page.getByTestId("decided-banner")).toContainText("Which table is 88 from?");
  expect(await statusOf(submission.id)).toBe("CHANGES_REQUESTED");
});

test("bulk approval decides each submission on its own and says which one was already decided", async ({ page, browser }) => {
  const board = await boardOf();
  const submitter = await createUser();
  const ids = [];
  for (const [model, value] of [
    ["Zeta", "95"],
    ["Eta", "85"],
    ["Theta", "75"],
  ]) {
    ids.push((await submitResultsTo(board, submitter.id, [{ model, value }])).id);
  }
  await page.goto(`/moderation?task=${encodeURIComponent(board.taskName)}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(3);
  // Another moderator rejects one while this one is choosing.
  const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  expect((await admin.request.post(`/api/v1/submissions/${ids[1]}/reject`, { data: { reason: "Duplicate." } })).status()).toBe(200);
  await admin.close();

  for (const model of ["Zeta", "Eta", "Theta"]) await page.getByRole("checkbox", { name: new RegExp(`^Select ${model} on`) }).check();
  await page.getByRole("button", { name: "Approve selected (3)" }).click();
  const outcomes = page.getByTestId("bulk-outcomes");
  await expect(outcomes).toContainText("2 of 3 done; 1 not.");
  await expect(page.getByTestId("bulk-outcome").filter({ hasText: /\bEta on/ })).toContainText(`Already decided by ${signedInUserOf("ADMIN").name}: rejected`);
  await expect(page.getByTestId("queue-row")).toHaveCount(0);

  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Zeta", "Alpha", "Beta", "Theta"]);
});
