import { expect, test, type Locator } from "@playwright/test";
import { prisma } from "@/lib/db";
import { createLeaderboard } from "./fixtures/leaderboard-data";

const WIDTHS = [390, 1280];

const boardOf = () =>
  createLeaderboard({
    // The parameter count comes first among the metrics: the ranking one must still sit beside the model.
    metrics: [
      { name: "Number of params", direction: "NOT_RANKED" },
      { name: "Top 1 Accuracy", direction: "HIGHER_IS_BETTER" },
      { name: "Top 5 Accuracy", direction: "HIGHER_IS_BETTER" },
    ],
    results: [
      {
        model: "ViT-H/14 (a fixture with a long name)",
        values: { "Number of params": "632M", "Top 1 Accuracy": "88.55", "Top 5 Accuracy": "98.1" },
        uncertainty: { "Top 1 Accuracy": 0.04 },
      },
      { model: "ViT-L/16", values: { "Number of params": "307M", "Top 1 Accuracy": "87.76", "Top 5 Accuracy": "97.9" } },
    ],
  });

/** `right` starts at or after `left`'s end and ends inside the viewport. */
async function expectBesideInView(left: Locator, right: Locator, width: number) {
  const [a, b] = [await left.boundingBox(), await right.boundingBox()];
  expect(a && b).toBeTruthy();
  expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width - 1);
  expect(b!.x + b!.width).toBeLessThanOrEqual(width);
}

for (const width of WIDTHS) {
  test(`at ${width} px the leaderboard's score sits beside the model, whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1600 });
    const board = await boardOf();
    await page.goto(`/sota/${board.slug}`);
    const row = page.getByTestId("leaderboard-row").first();
    const score = row.getByRole("cell").nth(2);
    await expect(score).toHaveText("88.55 ± 0.04");
    await expectBesideInView(row.getByTestId("model-name"), score, width);
  });

  test(`at ${width} px the paper shows a row per model with its metrics, ranks and related papers`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1600 });
    const board = await boardOf();
    const { taskId } = await prisma.benchmark.findUniqueOrThrow({ where: { id: board.id }, select: { taskId: true } });
    for (const [n, date] of [
      ["older", "2019-05-01"],
      ["newer", "2022-07-15"],
    ]) {
      await prisma.paper.create({
        data: {
          slug: `${board.paperSlug}-${n}`,
          title: `A ${n} related paper ${board.paperSlug}`,
          sourceKey: `${board.paperSlug}-${n}`,
          publishedAt: new Date(`${date}T00:00:00Z`),
          tasks: { connect: { id: taskId } },
        },
      });
    }
    await page.goto(`/paper/${board.paperSlug}`);

    await expect(page.getByTestId("rank-badges")).toHaveText(`Ranked #1 on ${board.taskName} on ${board.datasetName}`);
    const table = page.getByTestId("paper-results").getByRole("region", { name: `${board.taskName} on ${board.datasetName}` });
    await expect(table.getByRole("columnheader")).toHaveText(["Model", "Number of params", "Top 1 Accuracy", "Top 5 Accuracy"]);
    await expect(table.getByRole("row")).toHaveCount(3);
    const first = table.getByRole("row").nth(1);
    await expect(first.getByRole("rowheader").getByRole("link")).toHaveText("ViT-H/14 (a fixture with a long name)");
    await expect(first.getByRole("cell")).toHaveText(["632M—", "88.55 ± 0.04#1", "98.1#1"]);
    await expectBesideInView(first.getByRole("rowheader"), first.getByRole("cell").first(), width);

    const related = page.getByRole("region", { name: "Related papers" }).getByRole("listitem");
    await expect(related).toHaveCount(2);
    await expect(related.first()).toContainText(`A newer related paper ${board.paperSlug}`);
    await expect(related.first()).toContainText("15 Jul 2022");
    await expect(related.nth(1)).toContainText("1 May 2019");
  });
}
