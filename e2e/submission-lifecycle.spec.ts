import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { decide, fixtureRow, submissionFor, submissionsOf, submit } from "./fixtures/submission-data";

const ACCURACY = [{ name: "Accuracy (%)", direction: "HIGHER_IS_BETTER" as const }];

async function boardWith(model: string) {
  return createLeaderboard({ metrics: ACCURACY, results: [{ model, values: { "Accuracy (%)": "61.0" }, date: "2021-01-01" }] });
}

test("the submitter withdraws a pending submission", async ({ page }) => {
  const board = await boardWith(`Baseline ${randomUUID().slice(0, 6)}`);
  const user = await createUser();
  const id = await submit(user.id, submissionFor(board, ACCURACY, [fixtureRow("To withdraw", ["62.0"])]));
  await signInThroughUi(page, user);
  await page.goto(`/submissions/${id}`);
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Withdrawn");
  await expect(page.getByTestId("review-history")).toContainText("Withdrawn by the submitter");
  await expect(page.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
});

test("before sending, the checks warn of a possible duplicate and of a value out of range", async ({ page }) => {
  const model = `Known model ${randomUUID().slice(0, 6)}`;
  const board = await boardWith(model);
  const user = await createUser();
  await signInThroughUi(page, user);
  await page.goto(`/submit?benchmark=${board.slug}&paper=${board.paperSlug}`);
  await expect(page.getByTestId("paper-found")).toContainText(board.paperTitle);
  await page.getByLabel("Model name").fill(model);
  await page.getByLabel("Accuracy (%) ↑").fill("104.5");
  await page.getByLabel("Evidence").fill("Table 1");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("check-possible_duplicate")).toContainText(`"${model}" from this paper is already on this leaderboard`);
  await expect(page.getByTestId("check-value_out_of_range")).toContainText("104.5 is above 100");
  await expect(page.getByText("say why in the comment")).toBeVisible();
  expect(await prisma.submission.count({ where: { submitterId: user.id } })).toBe(0);

  // Sent anyway, with an answer in the comment: the moderators get the same warnings.
  await page.getByLabel("Comment for the moderators (optional)").fill("Re-run with the authors' fixed script.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  const [stored] = await submissionsOf(user.id);
  expect(stored).toMatchObject({ hasWarnings: true, comment: "Re-run with the authors' fixed script." });
  expect((stored.checks as { kind: string }[]).map((check) => check.kind)).toEqual(["possible_duplicate", "value_out_of_range"]);
});

test("a decision shows as unread in the header until the submitter opens it", async ({ page }) => {
  const board = await boardWith(`Baseline ${randomUUID().slice(0, 6)}`);
  const user = await createUser();
  const id = await submit(user.id, submissionFor(board, ACCURACY, [fixtureRow("Awaiting a decision", ["63.0"])]));
  await signInThroughUi(page, user);
  const menu = page.getByTestId("account-menu-button");
  await page.goto("/submissions");
  await menu.click();
  await expect(page.getByRole("banner").getByRole("link", { name: /^My submissions$/ })).toBeVisible();

  await decide(id, "request_changes", "Which table is 63.0 from?");
  await page.goto("/");
  await menu.click();
  await expect(page.getByRole("banner").getByRole("link", { name: "My submissions 1 unread decisions" })).toBeVisible();
  await page
    .getByRole("banner")
    .getByRole("link", { name: /My submissions/ })
    .click();
  await expect(page.getByTestId("unread")).toHaveCount(1);
  await expect(page.getByTestId("my-submission")).toContainText("Which table is 63.0 from?");

  await page.getByTestId("my-submission").getByRole("link").click();
  await expect(page.getByTestId("decision")).toContainText("Changes requested");
  await expect(page.getByTestId("decision")).toContainText("Which table is 63.0 from?");
  await menu.click();
  await expect(page.getByRole("banner").getByRole("link", { name: /^My submissions$/ })).toBeVisible();
  expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).seenAt).not.toBeNull();
});

test("changes requested: the submitter edits the submission in the same form and resubmits it", async ({ page }) => {
  const board = await boardWith(`Baseline ${randomUUID().slice(0, 6)}`);
  const user = await createUser();
  const id = await submit(user.id, submissionFor(board, ACCURACY, [fixtureRow("Needs a fix", ["64.0"])]));
  await decide(id, "request_changes", "Table 1 says 64.2");
  await signInThroughUi(page, user);
  await page.goto(`/submissions/${id}`);
  await expect(page.getByLabel("Model name")).toHaveValue("Needs a fix");
  await page.getByLabel("Accuracy (%) ↑").fill("64.2");
  await page.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  await expect(page.getByTestId("review-history")).toContainText("Edited and resubmitted");
  const stored = await prisma.submission.findUniqueOrThrow({ where: { id } });
  expect(stored).toMatchObject({ status: "PENDING", payload: { rows: [{ values: ["64.2"] }] } });
});
