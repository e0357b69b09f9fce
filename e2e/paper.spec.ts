import { expect, test } from "@playwright/test";
import { createLeaderboard } from "./fixtures/leaderboard-data";

const AFFECTNET = "AffectNet: A Database for Facial Expression, Valence, and Arousal Computing in the Wild";

test("the AffectNet paper shows its authors, links and its result", async ({ page }) => {
  // Other tests add papers to the list, so find it the way a reader would: by searching.
  await page.goto("/search?q=AffectNet");
  await page.getByRole("link", { name: AFFECTNET }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AFFECTNET);
  await expect(page.getByTestId("paper-authors")).toHaveText("Ali Mollahosseini, Behzad Hasani, Mohammad H. Mahoor");
  await expect(page.getByText("14 Aug 2017")).toBeVisible();
  await expect(page.getByRole("list", { name: "Tasks" }).getByRole("link", { name: "Facial Expression Recognition (FER)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Paper", exact: true })).toHaveAttribute("href", "https://arxiv.org/abs/1708.03985");
  await expect(page.getByRole("link", { name: "PDF", exact: true })).toHaveAttribute("href", "https://arxiv.org/pdf/1708.03985");

  const table = page.getByTestId("paper-results").getByRole("region", { name: "Facial Expression Recognition (FER) on AffectNet" });
  await expect(table.getByRole("columnheader", { name: "Accuracy (8 emotion)" })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: "Weighted-Loss" });
  await expect(row.getByRole("cell").first()).toHaveText("58#1");
  await row.getByRole("link", { name: "#1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Facial Expression Recognition (FER) on AffectNet");
});

test("a paper lists every reported value with its rank, code and a way to submit more", async ({ page }) => {
  const board = await createLeaderboard({
    metrics: [
      { name: "Top-1", direction: "HIGHER_IS_BETTER" },
      { name: "Top-5", direction: "HIGHER_IS_BETTER" },
    ],
    results: [
      { model: "Fixture Net", values: { "Top-1": "81.5", "Top-5": "95.0" }, date: "2021-03-01" },
      { model: "Fixture Net Large", values: { "Top-1": "83.0", "Top-5": "94.1" }, date: "2021-03-01" },
    ],
  });
  await page.goto(`/paper/${board.paperSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(board.paperTitle);
  await expect(page.getByTestId("paper-authors")).toHaveText("Ada Fixture, Ben Fixture");
  await expect(page.getByRole("link", { name: /^Code official/ })).toHaveAttribute("href", /github\.com\/fixture\//);

  // One row per model, its metrics as columns, each value with its rank on that metric's leaderboard.
  const table = page.getByTestId("paper-results");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("columnheader")).toHaveText(["Model", "Top-1", "Top-5"]);
  const large = table.getByRole("row").filter({ hasText: "Fixture Net Large" });
  await expect(large.getByRole("cell")).toHaveText(["83.0#1", "94.1#2"]);
  await expect(large.getByRole("link", { name: "#2" })).toHaveAttribute("href", `/sota/${board.slug}/by/top-5`);
  await expect(page.getByTestId("rank-badges")).toHaveText(`Ranked #1 on ${board.taskName} on ${board.datasetName}`);

  await expect(page.getByRole("link", { name: "Submit results from this paper" })).toHaveAttribute("href", `/submit?paper=${board.paperSlug}`);
});

test("an unknown paper is a 404 and the paper list paginates", async ({ page }) => {
  const response = await page.goto("/paper/no-such-paper-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No such paper" })).toBeVisible();

  await page.goto("/papers?page=2");
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/\/papers$/);
  await expect(page.getByTestId("paper-list").getByRole("listitem").first()).toBeVisible();
});
