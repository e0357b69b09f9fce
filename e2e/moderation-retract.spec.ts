import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { submitResultsTo } from "./fixtures/submissions";

test.use({ storageState: storageStateOf("MODERATOR") });

test("a retracted result leaves the leaderboard and stays in the audit log and the public log", async ({ page }) => {
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: "Alpha", values: { Accuracy: "90" } }],
  });
  const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Leaky", value: "99.9" }]);
  const approved = await page.request.post(`/api/v1/submissions/${submission.id}/approve`);
  expect(approved.status()).toBe(200);
  const [resultId] = (await approved.json()).results;
  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("leaderboard-row").first()).toContainText("Leaky");

  await page.goto(`/moderation/results/${resultId}`);
  await page.getByRole("button", { name: "Retract this result" }).click();
  await expect(page.getByText("Say why the result is retracted")).toBeVisible();
  await page.getByLabel("Reason").fill("Trained on the test split (see the authors' erratum).");
  await page.getByRole("button", { name: "Retract this result" }).click();
  await expect(page.getByRole("region", { name: "Retract" }).getByTestId("form-message")).toContainText("Retracted: the result is off the leaderboard");
  await expect(page.getByTestId("retracted-banner")).toContainText("Trained on the test split");

  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("leaderboard-row")).toHaveCount(1);
  await expect(page.getByTestId("leaderboard")).not.toContainText("Leaky");
  expect(await prisma.result.findUniqueOrThrow({ where: { id: resultId } })).toMatchObject({
    status: "RETRACTED",
    retractedReason: "Trained on the test split (see the authors' erratum).",
  });
  expect((await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("RETRACTED");

  await page.goto("/moderation/log?state=RETRACTED");
  const entries = page.getByTestId("audit-entry");
  await expect(entries.filter({ hasText: "Result retracted" }).filter({ hasText: "Leaky" }).filter({ hasText: board.taskName })).toContainText(
    "Trained on the test split",
  );
  await expect(entries.filter({ hasText: board.taskName }).filter({ hasText: "Retracted" }).first()).toBeVisible();

  await page.goto("/log");
  await expect(page.getByTestId("public-log-entry").filter({ hasText: "retracted Leaky" }).filter({ hasText: board.taskName })).toContainText(
    "Trained on the test split",
  );
  await expect(page.getByTestId("public-log-entry").filter({ hasText: "approved Leaky" }).filter({ hasText: board.taskName })).toBeVisible();
});
