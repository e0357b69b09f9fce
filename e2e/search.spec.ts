import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { createDatasetWithSubsets, createTaskTree } from "./fixtures/catalogue-data";

test("the header's search box finds a paper by a word of its title", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await header.getByRole("combobox").fill("residual");
  await header.getByRole("combobox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=residual$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “residual”");

  const papers = page.getByRole("region", { name: "Papers" });
  const hit = papers.getByRole("link", { name: "Deep Residual Learning for Image Recognition" });
  await expect(hit).toBeVisible();
  await expect(papers.locator("mark").first()).toHaveText(/residual/i);
  // The paper page itself is another part's: only the address is checked here.
  await hit.click();
  await expect(page).toHaveURL(/\/paper\/deep-residual-learning-for-image-recognition$/);
});

test("search finds a task by its synonym and a dataset subset by its parent's name, with counts by kind", async ({ page }) => {
  const { word, parent } = await createTaskTree();
  const corpus = await createDatasetWithSubsets();

  await page.goto(`/search?q=alias+${word}`);
  await expect(page.getByRole("region", { name: "Tasks" }).getByRole("link", { name: parent.name })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Result kinds" }).getByRole("link", { name: /Tasks\s*1/ })).toBeVisible();

  await page.goto(`/search?q=${corpus.word}+noisy`);
  const datasets = page.getByRole("region", { name: "Datasets" });
  await expect(datasets.getByRole("link", { name: `Corpus ${corpus.word} test-noisy` })).toBeVisible();
  await datasets.getByRole("link", { name: `Corpus ${corpus.word} test-noisy` }).click();
  await expect(page).toHaveURL(new RegExp(`/dataset/corpus-${corpus.word}-test-noisy$`));
});

test("a renamed task is found by its new name at once", async ({ page }) => {
  const { word, parent } = await createTaskTree();
  await prisma.task.update({ where: { id: parent.id }, data: { name: `Renamed ${word}` } });
  await page.goto(`/search?q=renamed+${word}`);
  await expect(page.getByRole("region", { name: "Tasks" }).getByRole("link", { name: `Renamed ${word}` })).toBeVisible();
});

test("an empty query shows what search covers, with examples", async ({ page }) => {
  for (const path of ["/search", "/search?q=", "/search?q=+++"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search the catalogue");
    await expect(page.getByTestId("search-intro")).toBeVisible();
    await expect(page.getByTestId("search-no-hits")).toHaveCount(0);
  }
  await page.getByTestId("search-intro").getByRole("link", { name: "question answering" }).click();
  await expect(page.getByRole("region", { name: "Tasks" }).getByRole("link", { name: "Question Answering" })).toBeVisible();
});

test("a query without hits, or with query syntax in it, says so plainly", async ({ page }) => {
  await page.goto("/search?q=qqxyzzyqq");
  await expect(page.getByTestId("search-no-hits")).toContainText("Nothing matches “qqxyzzyqq”.");

  for (const query of ['"', "AND(", "NEAR(residual", "title:*"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByTestId("page-error")).toHaveCount(0);
  }
  await page.goto(`/search?q=${encodeURIComponent("residual AND(")}`);
  await expect(page.getByRole("link", { name: "Deep Residual Learning for Image Recognition" })).toBeVisible();
});
