import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { setResultExtras } from "./fixtures/settings-data";
import { createNewResultsSubmission, resultRow } from "./fixtures/submissions";

const models = (scope: ReturnType<Page["getByTestId"]> | Page) => scope.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts();

async function boardWithSettings() {
  const board = await createLeaderboard({
    metrics: [
      { name: "Accuracy", direction: "HIGHER_IS_BETTER" },
      { name: "Error", direction: "LOWER_IS_BETTER" },
    ],
    results: [
      { model: "Big Ensemble", values: { Accuracy: "91.0", Error: "4.0" }, date: "2021-01-01" },
      { model: "Small Single", values: { Accuracy: "88.0", Error: "2.0" }, date: "2021-02-01" },
      { model: "Large Single", values: { Accuracy: "89.5", Error: "3.0" }, date: "2021-03-01" },
      { model: "Mystery", values: { Accuracy: "90.0", Error: "1.0" }, date: "2021-04-01" },
    ],
  });
  await setResultExtras(board.id, {
    "Big Ensemble": { settings: { ensemble: "yes" }, params: 70e9 },
    "Small Single": { settings: { ensemble: "no" }, params: 1e9 },
    "Large Single": { settings: { ensemble: "no" }, params: 7e9 },
    Mystery: {},
  });
  return board;
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`a board ranks its comparable group first, and split by a setting ranks each group among itself (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const board = await boardWithSettings();
    await page.goto(`/sota/${board.slug}`);
    // By default the comparable group (ensemble: no) is ranked 1..n; the rows that differ follow, marked, unranked.
    await expect(page.getByTestId("comparable-note")).toContainText("Ranked within the comparable group (Ensemble: no): 2 results.");
    expect(await models(page)).toEqual(["Large Single", "Small Single", "Big Ensemble", "Mystery"]);
    expect(await page.getByTestId("leaderboard-row").locator("td:first-child").allInnerTexts()).toEqual(["1", "2", "—", "—"]);
    await expect(page.getByTestId("unranked-heading")).toHaveText("Other settings: not ranked with the group above");
    await expect(page.getByTestId("leaderboard-row").filter({ hasText: "Big Ensemble" }).getByTestId("setting-marks")).toHaveText("Ensemble: yes");
    await expect(page.getByTestId("leaderboard-row").filter({ hasText: "Mystery" }).getByTestId("setting-marks")).toHaveText("Ensemble: unknown");
    await page.screenshot({ path: test.info().outputPath(`comparable-${viewport.width}.png`), fullPage: true });

    // All together, one click away at its own address: one list, rows that differ still marked.
    await page.getByRole("link", { name: "All together", exact: true }).click();
    await expect(page).toHaveURL(/\/setting\/all$/);
    await expect(page.getByTestId("comparable-note")).toHaveCount(0);
    expect(await models(page)).toEqual(["Big Ensemble", "Mystery", "Large Single", "Small Single"]);
    await expect(page.getByTestId("leaderboard-row").filter({ hasText: "Big Ensemble" }).getByTestId("setting-marks")).toHaveText("Ensemble: yes");

    await page.getByRole("link", { name: "Split by ensemble" }).click();
    await expect(page.getByTestId("setting-groups")).toBeVisible();
    const groups = page.getByTestId("setting-group");
    await expect(groups).toHaveCount(3);
    await expect(groups.nth(0).getByRole("heading")).toContainText("Ensemble: yes");
    await expect(groups.nth(1).getByRole("heading")).toContainText("Ensemble: no");
    await expect(groups.nth(2).getByRole("heading")).toContainText("Ensemble: unknown");
    expect(await models(groups.nth(1))).toEqual(["Large Single", "Small Single"]);
    await expect(groups.nth(1).getByTestId("leaderboard-row").first().locator("td").first()).toHaveText("1");

    // The shareable address: ?setting=ensemble:no keeps one group, the chart follows.
    await page.goto(`/sota/${board.slug}?setting=ensemble:no`);
    await expect(page.getByTestId("filter-note")).toContainText("ensemble: no");
    expect(await models(page)).toEqual(["Large Single", "Small Single"]);
    await page.screenshot({ path: test.info().outputPath(`split-${viewport.width}.png`), fullPage: true });

    // Switching the metric keeps the setting filter (and so does every other control of the board).
    await page.getByRole("navigation", { name: "Rank by" }).getByRole("link", { name: "Error" }).click();
    await expect(page).toHaveURL(new RegExp(`/sota/${board.slug}/setting/ensemble%3Ano/by/error$`));
    await expect(page.getByTestId("filter-note")).toContainText("ensemble: no");
    expect(await models(page)).toEqual(["Small Single", "Large Single"]);
  });
}

test("the Pareto view marks the frontier, and ?max_params= keeps the smaller models", async ({ page }) => {
  const board = await boardWithSettings();
  await page.goto(`/sota/${board.slug}`);
  const chart = page.getByTestId("pareto-chart");
  // The chart follows the comparable group (ensemble: no): 1B at 88.0 and 7B at 89.5.
  await expect(chart.locator("circle[data-frontier]")).toHaveCount(2);
  await page.goto(`/sota/${board.slug}?setting=all`);
  // All together: 1B at 88.0, 7B at 89.5, 70B at 91.0: each is better than everything smaller.
  await expect(chart.locator("circle[data-frontier]")).toHaveCount(3);

  await page.getByLabel("Max parameters").fill("7e9");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("filter-note")).toContainText("at most 7B parameters");
  await expect(page.getByTestId("filter-note")).toContainText("1 result without a parameter count left out");
  expect(await models(page)).toEqual(["Large Single", "Small Single"]);
  expect(page.url()).toContain("max_params=7e9");
});

test.describe("as a moderator", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("a moderator declares a benchmark's settings, audited, and the board offers to split by them", async ({ page }) => {
    const board = await boardWithSettings();
    await page.goto(`/moderation/benchmarks/${board.slug}`);
    await expect(page.getByTestId("setting-row")).toHaveCount(1);
    await page.getByRole("button", { name: "+ Shots" }).click();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved. The leaderboard compares by these settings")).toBeVisible();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { benchmarkId: board.id, kind: "BENCHMARK_SETTINGS" } });
    expect((audit.after as { key: string }[]).map((setting) => setting.key)).toEqual(["ensemble", "shots"]);

    await page.goto(`/sota/${board.slug}`);
    await page.getByRole("link", { name: "Split by shots" }).click();
    await expect(page.getByTestId("setting-group")).toHaveCount(1);
    await expect(page.getByTestId("setting-group").getByRole("heading")).toContainText("Shots: unknown");
  });

  test("a typo in a proposed task is replaced by the existing task with one click", async ({ page }) => {
    const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
    const submitter = await createUser();
    const typo = board.taskName.replace("Task", "Taks");
    const submission = await createNewResultsSubmission({
      submitterId: submitter.id,
      benchmark: { task: typo, dataset: board.datasetName, subset: "", metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "" }] },
      paper: { ref: "", title: board.paperTitle, authors: "", publishedAt: "" },
      rows: [resultRow("Typo Net", ["77.0"])],
      comment: "",
    });
    await page.goto(`/moderation/${submission.id}`);
    const near = page.getByTestId("near-names");
    await expect(near).toContainText(`New task proposed: ${typo}`);
    await expect(near.getByTestId("near-name").first()).toContainText(board.taskName);
    await near.getByRole("button", { name: `Use this instead: ${board.taskName}` }).click();
    await expect(page.getByText(`now names ${board.taskName} instead of ${typo}`)).toBeVisible();

    const stored = await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect((stored.payload as { benchmark: { task: string } }).benchmark.task).toBe(board.taskName);
    expect(stored.taskName).toBe(board.taskName);
    expect(await prisma.catalogueAlias.count({ where: { kind: "task", name: typo } })).toBe(1);
    const replaced = await prisma.auditEvent.findMany({ where: { kind: "ENTRY_REPLACED" } });
    expect(replaced.filter((event) => event.before === typo && event.after === board.taskName)).toHaveLength(1);
    // The catalogue entries now name the existing task: nothing new to create for it.
    await expect(page.getByTestId("catalogue-entries")).toContainText(board.taskName);

    // The typo is kept as another name of the task: search finds the task by it.
    await page.goto(`/search?q=${encodeURIComponent(typo)}`);
    await expect(page.getByRole("link", { name: board.taskName }).first()).toBeVisible();
  });
});
