import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { storageStateOf } from "./fixtures/accounts";
import { createLeaderboard } from "./fixtures/leaderboard-data";

test.use({ storageState: storageStateOf("MODERATOR") });

const shownModels = (page: Page) => page.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts();

test("fixing a metric ranked the wrong way round re-ranks the leaderboard on the next request", async ({ page }) => {
  const board = await createLeaderboard({
    metrics: [{ name: "Error", direction: "HIGHER_IS_BETTER" }],
    results: [
      { model: "Careful", values: { Error: "1.5" } },
      { model: "Sloppy", values: { Error: "9.0" } },
      { model: "Middling", values: { Error: "4.2" } },
    ],
  });
  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Sloppy", "Middling", "Careful"]);

  await page.goto(`/moderation/benchmarks/${board.slug}`);
  await page.getByLabel("Direction of Error").selectOption("LOWER_IS_BETTER");
  await page.getByLabel("Unit of Error").fill("%");
  await page.getByRole("button", { name: "Save metrics" }).click();
  await expect(page.getByRole("form", { name: "Metrics of this benchmark" }).getByTestId("form-message")).toContainText("Saved");

  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Careful", "Middling", "Sloppy"]);
  await expect(page.getByTestId("leaderboard-summary")).toContainText("ranked by Error, lower is better");
  expect(await prisma.metric.findFirstOrThrow({ where: { benchmarkId: board.id } })).toMatchObject({
    direction: "LOWER_IS_BETTER",
    unit: "%",
    isDirectionReviewed: true,
  });
});
