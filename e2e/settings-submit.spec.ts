// A submitter gives a row's settings and parameter count on the form; a moderator sees them and approves;
// the board ranks the row in its comparable group with them.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { setResultExtras } from "./fixtures/settings-data";

// Two browsers (a submitter's, a moderator's) through the form, the review and the board.
test.beforeEach(() => test.slow());

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`a row submitted with its settings and size is approved and ranked in its group (${viewport.width} px)`, async ({ page, browser }) => {
    const id = randomUUID().slice(0, 8);
    const board = await createLeaderboard({
      metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
      results: [
        { model: `Crowd ${id}`, values: { Accuracy: "95.0" }, date: "2021-01-01" },
        { model: `Solo ${id}`, values: { Accuracy: "88.0" }, date: "2021-02-01" },
        { model: `Pair ${id}`, values: { Accuracy: "87.0" }, date: "2021-03-01" },
      ],
    });
    await setResultExtras(board.id, {
      [`Crowd ${id}`]: { settings: { ensemble: "yes" } },
      [`Solo ${id}`]: { settings: { ensemble: "no" } },
      [`Pair ${id}`]: { settings: { ensemble: "no" } },
    });

    await signInThroughUi(page, await createUser());
    await page.setViewportSize(viewport);
    await page.goto(`/submit?benchmark=${board.slug}`);
    await expect(page.getByTestId("benchmark-status")).toContainText("Known benchmark");
    // The benchmark's setting, unknown until said; its allowed values only.
    const ensemble = page.getByLabel("Ensemble", { exact: true });
    await expect(ensemble).toHaveValue("unknown");
    await expect(ensemble.locator("option")).toHaveText(["unknown", "yes", "no"]);
    await page.getByLabel("arXiv id or URL").fill("1512.03385");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.getByTestId("paper-found")).toContainText("Deep Residual Learning for Image Recognition");
    await page.getByLabel("Model name").fill(`Lean ${id}`);
    await page.getByLabel("Accuracy ↑").fill("90.5");
    await ensemble.selectOption("no");
    await page.getByLabel("Parameters (optional)").fill("seven");
    await page.getByLabel("Evidence").fill("Table 2");
    await page.getByTestId("row-settings").screenshot({ path: test.info().outputPath(`form-${viewport.width}.png`) });
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Write a number such as 7B, 350M or 7e9")).toBeVisible();
    await page.getByLabel("Parameters (optional)").fill("3B");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
    const submissionId = page.url().split("/").pop()!;

    const moderator = await (await browser.newContext({ storageState: storageStateOf("MODERATOR"), viewport })).newPage();
    await moderator.goto(`/moderation/${submissionId}`);
    await expect(moderator.getByTestId("proposed-rows").getByTestId("row-extras")).toHaveText("Ensemble: no · 3B parameters");
    await moderator.screenshot({ path: test.info().outputPath(`review-${viewport.width}.png`), fullPage: true });
    await moderator.getByRole("button", { name: "Approve" }).click();
    await expect(moderator.getByTestId("decided-banner")).toContainText("Approved");
    await moderator.context().close();

    const stored = await prisma.result.findFirstOrThrow({ where: { benchmarkId: board.id, modelName: `Lean ${id}` } });
    expect([stored.settings, stored.params]).toEqual(['{"ensemble":"no"}', 3e9]);
    await page.goto(`/sota/${board.slug}`);
    // Ranked first in the comparable group (ensemble: no), above the larger ensemble's row that follows unranked.
    await expect(page.getByTestId("comparable-note")).toContainText("(Ensemble: no): 3 results");
    expect(await page.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts()).toEqual([
      `Lean ${id}`,
      `Solo ${id}`,
      `Pair ${id}`,
      `Crowd ${id}`,
    ]);
  });
}
