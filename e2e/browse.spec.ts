import { expect, test } from "@playwright/test";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { tags } from "@/lib/cache/tags";
import { addResult, createDatasetWithSubsets, createMethodWithPapers, createTaskTree } from "./fixtures/catalogue-data";

test("home leads to a task, one of its leaderboards, and a paper on it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Notable benchmarks" })).toBeVisible();

  await page.getByRole("region", { name: "Browse by area" }).getByRole("link", { name: "Object Detection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Object Detection" })).toBeVisible();

  await page
    .getByRole("region", { name: "Benchmarks" })
    .getByRole("link", { name: /COCO test-dev/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Object Detection on COCO test-dev");

  const row = page.getByRole("row").filter({ hasText: "RetinaNet (ResNeXt-101-FPN)" });
  await row.getByRole("link", { name: "Focal Loss for Dense Object Detection" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Focal Loss for Dense Object Detection");
  await expect(page.getByTestId("paper-results")).toContainText("40.8");
});

test("a task page shows its breadcrumb, subtasks, benchmarks with their best, and papers", async ({ page }) => {
  const { word, parent, subtask, dataset } = await createTaskTree([71.5, 80.25]);
  await page.goto(`/task/${parent.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: parent.name })).toBeVisible();
  await expect(page.getByText(`Also known as Alias ${word}`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Subtasks" }).getByRole("link", { name: subtask.name })).toBeVisible();

  const row = page.getByRole("row", { name: new RegExp(dataset.name) });
  await expect(row.getByRole("link", { name: dataset.name })).toHaveAttribute("href", `/sota/parent-${word}-on-set-${word}`);
  await expect(row).toContainText("80.25");
  await expect(row).toContainText(`Model 2 ${word}`);
  await expect(page.getByRole("region", { name: "Papers" }).getByRole("link", { name: `Fixture paper ${word}` })).toBeVisible();

  await page.getByRole("list", { name: "Subtasks" }).getByRole("link", { name: subtask.name }).click();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: parent.name })).toBeVisible();
});

test("a task page shows a new best result once its benchmark's cache tag expires", async ({ page }) => {
  const { word, parent, benchmark, metricId } = await createTaskTree([60]);
  await page.goto(`/task/${parent.slug}`);
  await expect(page.getByRole("row", { name: /Set / })).toContainText(`Model 1 ${word}`);

  await addResult(benchmark.id, metricId, `Newcomer ${word}`, 99.5);
  await expireTagsEverywhere([tags.benchmark(benchmark.id)]);
  await page.reload();
  await expect(page.getByRole("row", { name: /Set / })).toContainText(`Newcomer ${word}`);
  await expect(page.getByRole("row", { name: /Set / })).toContainText("99.5");
});

test("a dataset page shows its subsets, and a subset names its parent", async ({ page }) => {
  const { dataset, subsets } = await createDatasetWithSubsets();
  await page.goto(`/dataset/${dataset.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: dataset.name })).toBeVisible();
  await expect(page.getByText("CC BY 4.0")).toBeVisible();
  const list = page.getByRole("list", { name: "Subsets" });
  for (const subset of subsets) await expect(list.getByRole("link", { name: subset.name })).toBeVisible();

  await list.getByRole("link", { name: "test-noisy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${dataset.name} test-noisy` })).toBeVisible();
  await expect(page.getByRole("link", { name: dataset.name }).first()).toHaveAttribute("href", `/dataset/${dataset.slug}`);
});

test("a method page shows the paper that introduced it and the papers that use it", async ({ page }) => {
  const { word, method } = await createMethodWithPapers();
  await page.goto(`/method/${method.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: method.name })).toBeVisible();
  await expect(page.getByText("Regularization")).toBeVisible();
  const using = page.getByRole("region", { name: `Papers using ${method.name}` });
  await expect(using.getByRole("link", { name: `Introducing ${word}` })).toBeVisible();
  await expect(using.getByRole("link", { name: `Applying ${word}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Introduced in" }).getByRole("link", { name: `Introducing ${word}` })).toBeVisible();
});

test("unknown slugs and pages answer 404 with a way back", async ({ page }) => {
  for (const path of [
    "/task/no-such-task",
    "/dataset/no-such-dataset",
    "/method/no-such-method",
    "/area/no-such-area",
    "/datasets/page/999",
    "/methods/page/0",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toContainText("This page is not in the catalogue");
  }
  await page.getByTestId("not-found").getByRole("combobox").fill("residual");
  await page.getByTestId("not-found").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=residual$/);
});
