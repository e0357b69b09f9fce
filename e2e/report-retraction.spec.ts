import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signedInUserOf, signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { boardWithOneResult } from "./fixtures/submission-data";

const REPORT = "This is the validation score, not the test score (see section 4.2).";
const REASON = "Confirmed with the authors: Table 3 reports the validation split.";

test("a moderator retracts a reported result with their own reason; the report is quoted as the report", async ({ page, browser }) => {
  const { result, model } = await boardWithOneResult();
  const reporter = await createUser();
  await signInThroughUi(page, reporter);
  await page.goto(`/result/${result.id}/report`);
  await page.getByLabel("What is wrong?").fill(REPORT);
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  const report = await prisma.submission.findFirstOrThrow({ where: { submitterId: reporter.id } });

  const moderatorContext = await browser.newContext({ storageState: storageStateOf("MODERATOR") });
  const moderator = await moderatorContext.newPage();
  await moderator.goto(`/moderation/${report.id}`);
  await expect(moderator.getByTestId("report-reason")).toHaveText(REPORT);
  await expect(moderator.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await moderator.getByRole("button", { name: "Retract result" }).click();
  await expect(moderator.getByLabel("Your reason")).toHaveAccessibleDescription(/Say why the result is retracted/);
  expect((await prisma.result.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("PUBLISHED");
  await moderator.getByLabel("Your reason").fill(REASON);
  await moderator.getByRole("button", { name: "Retract result" }).click();
  await expect(moderator.getByTestId("form-message")).toContainText("Retracted");
  await moderatorContext.close();

  const moderatorName = signedInUserOf("MODERATOR").name;
  await page.goto(`/result/${result.id}`);
  const banner = page.getByTestId("retracted");
  await expect(banner).toContainText(`Retracted. ${REASON}`);
  await expect(banner.getByTestId("report-quote")).toHaveText(`The report: “${REPORT}”`);
  const retraction = page.getByTestId("history-entry").filter({ hasText: "Retracted" }).first();
  await expect(retraction).toContainText(`by ${moderatorName}`);
  await expect(retraction).toContainText(`“${REASON}”`);
  await expect(retraction.getByTestId("report-quote")).toHaveText(`The report: “${REPORT}”`);

  await page.goto("/log");
  const entry = page.getByTestId("public-log-entry").filter({ hasText: `retracted ${model}` });
  await expect(entry).toContainText(`${moderatorName} retracted ${model}`);
  await expect(entry).toContainText(`“${REASON}”`);
  await expect(entry.getByTestId("report-quote")).toHaveText(`The report: “${REPORT}”`);
  expect(await prisma.result.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ status: "RETRACTED", retractedReason: REASON });
});

test.describe("a moderator on a report", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("dismisses it with a reason the reporter reads; the result stays", async ({ page }) => {
    const { result } = await boardWithOneResult();
    const reporter = await createUser();
    const report = await prisma.submission.create({
      data: {
        kind: "REPORT_RESULT",
        submitterId: reporter.id,
        targetResultId: result.id,
        payload: { resultId: result.id, reason: REPORT },
        checks: [],
        comment: REPORT,
      },
    });
    await page.goto(`/moderation/${report.id}`);
    await page.getByRole("button", { name: "Dismiss report" }).click();
    await expect(page.getByLabel("Your reason")).toHaveAccessibleDescription(/Tell the reporter why the report is dismissed/);
    await page.getByLabel("Your reason").fill("The paper's Table 3 is the test split.");
    await page.getByRole("button", { name: "Dismiss report" }).click();
    await expect(page.getByTestId("decided-banner")).toContainText("Reason: The paper's Table 3 is the test split.");
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "REJECTED" });
    expect((await prisma.result.findUniqueOrThrow({ where: { id: result.id } })).status).toBe("PUBLISHED");
  });
});
