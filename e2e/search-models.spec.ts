import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { createLeaderboard } from "./fixtures/leaderboard-data";

const WIDTHS = [1280, 390];

/** A word of its own, letters only (search words are letters and digits). */
function uniqueWord(): string {
  return `vx${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}`;
}

async function boardWithModels(models: [string, string][]) {
  return createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: models.map(([model, accuracy]) => ({ model, values: { Accuracy: accuracy } })),
  });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => page.setViewportSize({ width, height: 1600 }));

    test("a model name finds the model, its leaderboards with its best rank, and the boards it is on", async ({ page }) => {
      const word = uniqueWord();
      const first = await boardWithModels([
        [`Other ${word}x`, "95.0"],
        [`Vortexnet-L ${word}`, "91.5"],
      ]);
      const second = await boardWithModels([[`Vortexnet-L ${word}`, "80.1"]]);
      await page.goto(`/search?q=vortexnet+${word}`);
      const models = page.getByRole("region", { name: "Models" });
      await expect(models.getByText(`Vortexnet-L ${word}`)).toBeVisible();
      await expect(models.getByText("best rank #1")).toBeVisible();
      await expect(models.getByText("On 2 leaderboards")).toBeVisible();
      await expect(page.getByRole("region", { name: "Leaderboards" }).getByRole("link", { name: `${first.taskName} on ${first.datasetName}` })).toBeVisible();
      await models.getByRole("link", { name: `${second.taskName} on ${second.datasetName}` }).click();
      await expect(page).toHaveURL(new RegExp(`/sota/${second.slug}$`));
      await expect(page.getByTestId("leaderboard")).toContainText(`Vortexnet-L ${word}`);
    });

    test("an arXiv id, however written, goes straight to its paper", async ({ page }) => {
      const arxivId = `2912.${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
      const paper = await prisma.paper.create({
        data: {
          slug: `arxiv-${arxivId.replace(".", "-")}-${width}`,
          title: `A paper at ${arxivId} (${width})`,
          sourceKey: `arxiv:${arxivId}:${width}`,
          arxivId: `${arxivId}`,
        },
      });
      await expireTagsEverywhere(["catalogue"]);
      for (const query of [arxivId, `arXiv:${arxivId}`, `https://arxiv.org/abs/${arxivId}v2`]) {
        await page.goto(`/search?q=${encodeURIComponent(query)}`);
        await expect(page).toHaveURL(new RegExp(`/paper/${paper.slug}$`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);
      }
      await page.goto("/search?q=2912.00001");
      await expect(page.getByTestId("identifier-not-found")).toContainText("No paper with arXiv 2912.00001 is in the catalogue yet.");
      await prisma.paper.delete({ where: { id: paper.id } });
    });

    test("suggestions under the search box follow the keyboard: arrows, Escape, Enter", async ({ page }) => {
      const word = uniqueWord();
      const board = await boardWithModels([[`Kestrel ${word}`, "88.0"]]);
      // The header's box is there from tablets up; on a phone the search page's box is the same combobox.
      await page.goto(width >= 768 ? "/" : "/search");
      const box = (width >= 768 ? page.getByRole("banner") : page.getByRole("main")).getByRole("combobox");
      await box.fill(`kestrel ${word}`);
      const list = page.getByRole("listbox", { name: "Suggestions" });
      const option = list.getByRole("option", { name: new RegExp(`Kestrel ${word}`) });
      await expect(option).toBeVisible();
      await expect(box).toHaveAttribute("aria-expanded", "true");
      await box.press("ArrowDown");
      await expect(option).toHaveAttribute("aria-selected", "true");
      await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
      await box.press("Escape");
      await expect(list).toBeHidden();
      await expect(box).toHaveAttribute("aria-expanded", "false");
      await box.press("ArrowDown");
      await expect(option).toHaveAttribute("aria-selected", "true");
      await box.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/sota/${board.slug}$`));
      await expect(page.getByTestId("leaderboard")).toContainText(`Kestrel ${word}`);
    });

    test("a leaderboard's own search box keeps the rows that match, with their ranks, at an address to share", async ({ page }) => {
      const word = uniqueWord();
      const board = await boardWithModels([
        [`Alpha-2 ${word}`, "90.0"],
        [`Beta ${word}`, "85.0"],
        [`Alpha-1 ${word}`, "80.0"],
      ]);
      await page.goto(`/sota/${board.slug}`);
      await page.getByRole("searchbox", { name: "Find a model or paper on this leaderboard" }).fill("alpha");
      await page.getByRole("button", { name: "Find" }).click();
      await expect(page).toHaveURL(new RegExp(`/sota/${board.slug}/search\\?q=alpha$`));
      await expect(page.getByTestId("leaderboard-filter-count")).toHaveText("2 rows of 3 match “alpha”, ranked among all rows.");
      const rows = page.getByTestId("leaderboard").locator("tbody tr");
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText(`Alpha-1 ${word}`);
      await expect(rows.nth(1).locator("> *").first()).toHaveText("3");

      await page.goto(`/sota/${board.slug}/search?q=beta`);
      await expect(page.getByTestId("leaderboard").locator("tbody tr")).toHaveCount(1);
      await page.getByRole("link", { name: "All rows" }).click();
      await expect(page).toHaveURL(new RegExp(`/sota/${board.slug}$`));
      await expect(page.getByTestId("leaderboard").locator("tbody tr")).toHaveCount(3);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search box is a plain form that finds a model", async ({ page }: { page: Page }) => {
    const word = uniqueWord();
    await boardWithModels([[`Osprey ${word}`, "70.0"]]);
    await page.goto("/");
    const box = page.getByRole("banner").getByRole("combobox");
    await box.fill(`osprey ${word}`);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=osprey\\+${word}$`));
    await expect(page.getByRole("region", { name: "Models" }).getByText(`Osprey ${word}`)).toBeVisible();
  });
});
