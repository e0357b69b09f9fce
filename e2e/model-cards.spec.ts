import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test, type Download } from "@playwright/test";
import { parseModelCard } from "@/lib/model-index/parse-card";
import { storageStateOf } from "./fixtures/accounts";
import { createLeaderboard } from "./fixtures/leaderboard-data";

test.use({ storageState: storageStateOf("USER") });

function modelCard(board: { slug: string; datasetName: string }, id: string): string {
  const dataset = board.datasetName.toLowerCase().replace(/ /g, "_");
  const result = (metrics: string) => `
  - task:
      type: ${board.slug.split("-on-")[0]}
    dataset:
      type: ${dataset}
      name: ${dataset}
      split: test
    metrics:${metrics}`;
  return `---
license: mit
tags:
- arxiv:1512.03385
model-index:
- name: CardNet-S ${id}
  results:${result(`
    - type: acc
      value: 91.30
      verified: true
    - type: f1
      name: F1
      value: 88.2`)}
- name: CardNet-L ${id}
  results:${result(`
    - type: acc
      value: 93.05`)}
---

# CardNet
`;
}

async function readDownload(download: Download) {
  return readFileSync((await download.path())!, "utf8");
}

test("a user pastes a model card: the form fills in with notes and suggestions, is sent, and waits in the moderation queue", async ({ page, browser }) => {
  const id = randomUUID().slice(0, 8);
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: `Baseline ${id}`, values: { Accuracy: "80.0" } }],
  });

  await page.goto("/submit");
  const card = page.getByLabel("Model card", { exact: true });
  await card.fill("---\nmodel-index:\n- name: x\n  results: [\n---\n");
  await page.getByRole("button", { name: "Read the model card" }).click();
  await expect(page.getByText(/^Line 4: the YAML does not parse/)).toBeVisible();
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue("");

  await card.fill(modelCard(board, id));
  await page.getByRole("button", { name: "Read the model card" }).click();
  await expect(page.getByTestId("model-card-status")).toContainText(`Filled in below: ${board.taskName} on ${board.datasetName} (test split) (2 results)`);
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue(board.taskName);
  await expect(page.getByLabel("Dataset", { exact: true })).toHaveValue(board.datasetName);
  await expect(page.getByTestId("benchmark-status")).toContainText("Known benchmark");
  await expect(page.getByTestId("paper-found")).toContainText("Deep Residual Learning for Image Recognition");
  await expect(page.getByText("From the card's metric “acc”.")).toBeVisible();
  await expect(page.getByLabel("Metric name")).toHaveValue("F1");
  await expect(page.getByText("Not a metric of this leaderboard: it will be proposed.")).toBeVisible();
  await expect(page.getByLabel("Model name").nth(0)).toHaveValue(`CardNet-S ${id}`);
  await expect(page.getByLabel("Model name").nth(1)).toHaveValue(`CardNet-L ${id}`);
  await expect(page.getByLabel("Accuracy ↑").nth(1)).toHaveValue("93.05");

  // F1 is not the leaderboard's, but say it were its Accuracy: the suggestion merges it into that column.
  await page.getByRole("button", { name: "Accuracy", exact: true }).click();
  await expect(page.getByLabel("Metric name")).toHaveCount(0);
  await expect(page.getByLabel("Accuracy ↑").nth(0)).toHaveValue("91.30");

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/submissions\/\w+$/);
  await expect(page.getByTestId("submission-status")).toHaveText("Pending review");
  await expect(page.getByTestId("submitted-rows")).toContainText("93.05");

  const moderator = await browser.newContext({ storageState: storageStateOf("MODERATOR") });
  const review = await moderator.newPage();
  await review.goto(`/moderation?task=${encodeURIComponent(board.taskName)}`);
  await expect(review.getByTestId("queue-row")).toContainText(`CardNet-S ${id}, CardNet-L ${id}`);
  await moderator.close();
});

test("a visitor exports a leaderboard and a paper as model-index YAML that reads back into the same results", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const board = await createLeaderboard({
    metrics: [
      { name: "Accuracy", direction: "HIGHER_IS_BETTER" },
      { name: "Params", direction: "NOT_RANKED" },
    ],
    results: [
      { model: `Small ${id}`, values: { Accuracy: "80.10", Params: "5M" } },
      { model: `Large: ${id}`, values: { Accuracy: "85.5" } },
    ],
  });

  await page.goto(`/sota/${board.slug}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^YAML/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${board.slug}.yaml`);
  const exported = parseModelCard(await readDownload(download));
  expect(exported.problems).toEqual([]);
  expect(exported.models.map((model) => [model.name, model.results[0].dataset.name, model.results[0].metrics.map((m) => `${m.name}=${m.value}`)])).toEqual([
    [`Large: ${id}`, board.datasetName, ["Accuracy=85.5"]],
    [`Small ${id}`, board.datasetName, ["Accuracy=80.10", "Params=5M"]],
  ]);

  await page.getByRole("link", { name: board.paperTitle }).first().click();
  const [paperDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export as model-index YAML" }).click()]);
  const fromPaper = parseModelCard(await readDownload(paperDownload));
  expect(fromPaper.models.map((model) => [model.name, model.results[0].task.name, model.results[0].source?.name])).toEqual([
    [`Large: ${id}`, board.taskName, board.paperTitle],
    [`Small ${id}`, board.taskName, board.paperTitle],
  ]);
});
