import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { boardWithOneResult } from "./fixtures/submission-data";

test("suggesting an edit from the result page puts it in the queue; the published value stays until approved", async ({ page }) => {
  const { board, model, result } = await boardWithOneResult();
  const user = await createUser();
  await signInThroughUi(page, user);
  await page.goto(`/sota/${board.slug}`);
  await page.getByRole("link", { name: model }).click();
  await expect(page).toHaveURL(`/result/${result.id}`);
  await expect(page.getByTestId("result-values")).toContainText("70.1");
  await expect(page.getByTestId("provenance")).toContainText("demo catalogue");

  await page.getByRole("link", { name: "Suggest an edit" }).click();
  await expect(page.getByLabel("Accuracy ↑")).toHaveValue("70.1");
  await page.getByLabel("Accuracy ↑").fill("71.0");
  // The fixture's row says nowhere where its number stands: an edit has to.
  await page.getByLabel("Evidence").fill("Table 2");
  await expect(page.getByTestId("edit-preview")).toContainText("Accuracy: 70.1 → 71.0");
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByLabel("Why")).toHaveAccessibleDescription(/Say what was wrong/);
  await page.getByLabel("Why").fill("Table 2 of the camera-ready version reports 71.0.");
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  await expect(page.getByTestId("changes")).toContainText("Accuracy: 70.1 → 71.0");

  const stored = await prisma.submission.findFirstOrThrow({ where: { submitterId: user.id } });
  expect(stored).toMatchObject({
    kind: "EDIT_RESULT",
    status: "PENDING",
    targetResultId: result.id,
    benchmarkId: board.id,
    taskName: board.taskName,
    comment: "Table 2 of the camera-ready version reports 71.0.",
    payload: { resultId: result.id, row: { modelName: model, values: ["71.0"], evidence: "Table 2" } },
  });
  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("leaderboard-row")).toContainText("70.1");
});

test("reporting a problem puts a report in the queue with its reason", async ({ page }) => {
  const { result } = await boardWithOneResult();
  const user = await createUser();
  await signInThroughUi(page, user);
  await page.goto(`/result/${result.id}`);
  await page.getByRole("link", { name: "Report a problem" }).click();
  await page.getByLabel("What is wrong?").fill("bad");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByLabel("What is wrong?")).toHaveAccessibleDescription(/at least 10 characters/);
  await page.getByLabel("What is wrong?").fill("This is the validation score, not the test score (see section 4.2).");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");

  expect(await prisma.submission.findFirstOrThrow({ where: { submitterId: user.id } })).toMatchObject({
    kind: "REPORT_RESULT",
    status: "PENDING",
    targetResultId: result.id,
    comment: "This is the validation score, not the test score (see section 4.2).",
  });
  expect((await prisma.result.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("PUBLISHED");
});

test("corrections need an account: an anonymous visitor is sent to sign in", async ({ page }) => {
  const { result } = await boardWithOneResult();
  await page.goto(`/result/${result.id}`);
  await page.getByRole("link", { name: "Suggest an edit" }).click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/result/${result.id}/edit`)}`);
});
