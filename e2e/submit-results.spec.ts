import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { uniqueEmail } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { submissionsOf } from "./fixtures/submission-data";
import { openAccountMenu } from "./fixtures/accounts";

test("a new user submits to an existing and to a new benchmark; both wait for review and stay off the public pages", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: `Baseline ${id}`, values: { Accuracy: "71.0" }, date: "2021-01-01" }],
  });

  await page.goto("/signup");
  await page.getByLabel("Name").fill(`Ada ${id}`);
  await page.getByLabel("Email").fill(uniqueEmail("submitter"));
  await page.getByLabel("Password").fill("benchmarks-are-fun");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-menu-button")).toContainText(`Ada ${id}`);
  const user = await prisma.user.findFirstOrThrow({ where: { name: `Ada ${id}` } });

  // 1. From the leaderboard: the form knows the benchmark and its metric.
  await page.goto(`/sota/${board.slug}`);
  await page.getByRole("link", { name: "Submit a result" }).click();
  await expect(page).toHaveURL(`/submit?benchmark=${board.slug}`);
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue(board.taskName);
  await expect(page.getByLabel("Dataset", { exact: true })).toHaveValue(board.datasetName);
  await expect(page.getByTestId("benchmark-status")).toContainText("Known benchmark");
  await expect(page.getByTestId("known-metric")).toHaveText([/Accuracy/]);
  await page.getByLabel("arXiv id or URL").fill("1512.03385");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("paper-found")).toContainText("Deep Residual Learning for Image Recognition");
  await page.getByLabel("Model name").fill(`Existing-board model ${id}`);
  await page.getByLabel("Accuracy ↑").fill("73.4");
  await page.getByLabel("Evidence").fill("Table 3");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/submissions\/\w+$/);
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  await expect(page.getByTestId("submitted-rows")).toContainText("73.4");

  // 2. A benchmark the catalogue lacks: new task, dataset and metric, and a paper it does not know.
  await page.getByRole("link", { name: "Submit", exact: true }).click();
  await page.getByLabel("Task", { exact: true }).fill(`Sheep Counting ${id}`);
  await page.getByLabel("Dataset", { exact: true }).fill(`Meadow-${id}`);
  await expect(page.getByTestId("benchmark-status")).toContainText("New benchmark");
  await page.getByLabel("Metric name").fill("Mean absolute error");
  await page.getByLabel("Direction").selectOption("LOWER_IS_BETTER");
  await page.getByLabel("Unit").fill("sheep");
  await page.getByLabel("arXiv id or URL").fill(`https://example.org/sheep-${id}`);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByText("Not in the catalogue yet")).toBeVisible();
  await page.getByLabel("Title").fill(`Counting Sheep at Scale ${id}`);
  await page.getByLabel("Authors").fill("Ada Lovelace, Charles Babbage");
  await page.getByLabel("Publication date").fill("2024-03-01");
  await page.getByLabel("Model name").fill(`SheepNet ${id}`);
  await page.getByLabel(/^Mean absolute error/).fill("0.42");
  await page.getByLabel("Evidence").fill("Table 1");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");

  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("link", { name: "My submissions" }).click();
  const mine = page.getByTestId("my-submission");
  await expect(mine).toHaveCount(2);
  await expect(mine.filter({ hasText: `Sheep Counting ${id} on Meadow-${id}` })).toContainText("Pending review");
  await expect(mine.filter({ hasText: `${board.taskName} on ${board.datasetName}` })).toContainText("Pending review");
  const stored = await submissionsOf(user.id);
  expect(stored.map((s) => [s.status, s.benchmarkId])).toEqual([
    ["PENDING", board.id],
    ["PENDING", null],
  ]);

  // The public sees only what a moderator approved.
  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("model-name")).toHaveText([`Baseline ${id}`]);
  await page.goto("/paper/deep-residual-learning-for-image-recognition");
  await expect(page.getByText(`Existing-board model ${id}`)).toHaveCount(0);
  await page.goto(`/task/sheep-counting-${id}`);
  await expect(page.getByTestId("not-found")).toBeVisible();
  expect(await prisma.task.count({ where: { name: `Sheep Counting ${id}` } })).toBe(0);
  expect(await prisma.paper.count({ where: { title: `Counting Sheep at Scale ${id}` } })).toBe(0);
});
