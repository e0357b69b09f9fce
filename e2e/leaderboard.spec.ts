import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { addResults, createLeaderboard } from "./fixtures/leaderboard-data";

const COCO = "/sota/object-detection-on-coco-test-dev";
const IMAGENET = "/sota/image-classification-on-imagenet";

async function shownModels(page: Page): Promise<string[]> {
  return page.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts();
}

async function shownRanks(page: Page): Promise<string[]> {
  return page.getByTestId("leaderboard-row").locator("td:first-child").allInnerTexts();
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === "," || c === "\n") {
      row.push(field);
      field = "";
      if (c === "\n") {
        rows.push(row);
        row = [];
      }
    } else if (c !== "\r") field += c;
  }
  return rows;
}

async function download(page: Page, name: "CSV" | "JSON") {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

test("switching the ranking metric re-orders the leaderboard", async ({ page }) => {
  await page.goto(COCO);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Object Detection on COCO test-dev");
  await expect(page.getByTestId("leaderboard-summary")).toContainText("ranked by box AP, higher is better");
  const byBoxAp = await shownModels(page);
  expect(byBoxAp).toEqual(["RetinaNet (ResNeXt-101-FPN)", "Mask R-CNN (ResNeXt-101-FPN)", "Mask R-CNN (ResNet-101-FPN)"]);

  await page.getByRole("navigation", { name: "Rank by" }).getByRole("link", { name: "AP50" }).click();
  await expect(page).toHaveURL(/\/by\/ap50$/);
  await expect(page.getByTestId("leaderboard-summary")).toContainText("ranked by AP50");
  expect(await shownModels(page)).toEqual(["Mask R-CNN (ResNeXt-101-FPN)", "RetinaNet (ResNeXt-101-FPN)", "Mask R-CNN (ResNet-101-FPN)"]);

  // The old site's query parameter still works, by name or by slug.
  await page.goto(`${COCO}?metric=AP50`);
  expect(await shownModels(page)).toEqual(["Mask R-CNN (ResNeXt-101-FPN)", "RetinaNet (ResNeXt-101-FPN)", "Mask R-CNN (ResNet-101-FPN)"]);
  await expect(page.getByTestId("best-over-time")).toHaveAttribute("aria-label", /Best AP50 over time, higher is better: 3 results/);
});

test("ties share a rank, lower is better, unreadable values come last", async ({ page }) => {
  const board = await createLeaderboard({
    metrics: [
      { name: "Error rate (%)", direction: "LOWER_IS_BETTER" },
      { name: "Params", direction: "NOT_RANKED" },
    ],
    results: [
      { model: "Worst", values: { "Error rate (%)": "9.1", Params: "12M" }, date: "2019-01-01" },
      { model: "Tied later", values: { "Error rate (%)": "4.2" }, date: "2021-01-01" },
      { model: "Tied earlier", values: { "Error rate (%)": "4.2" }, date: "2020-01-01" },
      { model: "Unreadable", values: { "Error rate (%)": "Please tell us" }, date: "2018-01-01" },
    ],
  });
  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByTestId("leaderboard-summary")).toContainText("ranked by Error rate (%), lower is better");
  expect(await shownModels(page)).toEqual(["Tied earlier", "Tied later", "Worst", "Unreadable"]);
  expect((await shownRanks(page)).map((rank) => rank.replace("not ranked", "").trim())).toEqual(["1", "1", "3", "—"]);
  await expect(page.getByTitle("not a number: not ranked")).toHaveText(/Please tell us/);
  await expect(page.getByRole("columnheader", { name: /Params/ })).toContainText("not ranked");
  // The chart plots the three readable values, the running best stepping down.
  await expect(page.getByTestId("best-over-time").locator("circle")).toHaveCount(3);
});

test("hiding results with extra training data, and the export follows", async ({ page }) => {
  await page.goto(IMAGENET);
  await expect(page.getByTestId("leaderboard-row")).toHaveCount(5);
  await expect(page.getByTestId("leaderboard-row").first().getByTestId("extra-data")).toHaveText("JFT-300M pre-training");
  await expect(page.getByTestId("leaderboard-row").first()).toContainText("88.55 ± 0.04");

  await page.getByRole("navigation", { name: "Extra training data" }).getByRole("link", { name: "Hide" }).click();
  await expect(page).toHaveURL(/\/no-extra-data$/);
  expect(await shownModels(page)).toEqual(["EfficientNet-B7"]);
  expect(await shownRanks(page)).toEqual(["1"]);
  await expect(page.getByTestId("leaderboard-summary")).toContainText("4 results with extra training data hidden");

  const csv = await download(page, "CSV");
  expect(csv.name).toBe("image-classification-on-imagenet.no-extra-data.csv");
  expect(
    parseCsv(csv.text)
      .slice(1)
      .map((row) => row[1]),
  ).toEqual(["EfficientNet-B7"]);
});

test("the CSV export has the rows in the order shown", async ({ page }) => {
  const board = await createLeaderboard({
    metrics: [
      { name: 'Score, "quoted"', direction: "HIGHER_IS_BETTER" },
      { name: "Recall", direction: "HIGHER_IS_BETTER" },
    ],
    results: [
      { model: "Model, with comma", values: { 'Score, "quoted"': "70", Recall: "90" }, date: "2020-01-01" },
      { model: 'Model "Q"', values: { 'Score, "quoted"': "80", Recall: "60" }, date: "2021-01-01", uncertainty: { 'Score, "quoted"': 0.5 } },
      { model: "Plain", values: { 'Score, "quoted"': "75", Recall: "95" }, date: "2019-01-01" },
    ],
  });
  await page.goto(`/sota/${board.slug}`);
  await page.getByRole("navigation", { name: "Rank by" }).getByRole("link", { name: "Recall" }).click();
  await expect(page).toHaveURL(/\/by\/recall$/);
  const shown = await shownModels(page);
  expect(shown).toEqual(["Plain", "Model, with comma", 'Model "Q"']);

  const csv = await download(page, "CSV");
  expect(csv.name).toBe(`${board.slug}.by-recall.csv`);
  const [header, ...rows] = parseCsv(csv.text);
  expect(header.slice(0, 4)).toEqual(["Rank", "Model", 'Score, "quoted"', "Recall"]);
  expect(rows.map((row) => row[1])).toEqual(shown);
  expect(rows.map((row) => row[0])).toEqual(["1", "2", "3"]);
  expect(rows[2][2]).toBe("80 ± 0.5");
});

test("the JSON export has the rows in the order shown", async ({ page }) => {
  await page.goto(`${COCO}/by/ap50`);
  const shown = await shownModels(page);
  const json = await download(page, "JSON");
  expect(json.name).toBe("object-detection-on-coco-test-dev.by-ap50.json");
  const data = JSON.parse(json.text);
  expect(data.rankedBy).toEqual({ name: "AP50", direction: "HIGHER_IS_BETTER" });
  expect(data.results.map((row: { model: string }) => row.model)).toEqual(shown);
  expect(data.results[0].values.AP50).toEqual({ raw: "62.3", value: 62.3, uncertainty: null });
});

test("an empty leaderboard invites the first result, and an unknown one is a 404", async ({ page }) => {
  const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
  await page.goto(`/sota/${board.slug}`);
  await expect(page.getByText("No results on this benchmark yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Submit the first result" })).toHaveAttribute("href", `/submit?benchmark=${board.slug}`);

  const response = await page.goto("/sota/no-such-benchmark-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No such leaderboard" })).toBeVisible();
});

test("the SotA index lists every benchmark and filters them", async ({ page }) => {
  await page.goto("/sota");
  const item = (text: string) => page.locator("[data-sota-item]", { hasText: text });
  await expect(item("COCO test-dev")).toContainText("box AP 40.8");
  await page.getByLabel("Filter benchmarks by task, dataset or model").fill("librispeech");
  await expect(item("test-clean")).toBeVisible();
  await expect(item("COCO test-dev")).toBeHidden();
  await page.getByLabel("Filter benchmarks by task, dataset or model").fill("");
  await page.getByRole("button", { name: "Natural Language Processing" }).click();
  await expect(item("SQuAD1.1")).toBeVisible();
  await expect(item("ImageNet")).toBeHidden();
  await item("SQuAD1.1").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question Answering on SQuAD1.1");
});

test("a newly approved result shows on the next request, on the page, its export and the paper", async ({ page }) => {
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: "Incumbent", values: { Accuracy: "70" }, date: "2020-01-01" }],
  });
  const exportUrl = `/sota/${board.slug}/export.csv`;
  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Incumbent"]);
  expect(await (await page.request.get(exportUrl)).text()).not.toContain("Challenger");

  await addResults(board.id, board.paperId, [{ model: "Challenger", values: { Accuracy: "75" }, date: "2021-01-01", source: "SUBMISSION" }]);
  await expireTagsEverywhere([`benchmark:${board.id}`]);

  await page.reload();
  expect(await shownModels(page)).toEqual(["Challenger", "Incumbent"]);
  await expect(page.getByTestId("leaderboard-row").first()).toContainText("Submitted");
  expect(
    parseCsv(await (await page.request.get(exportUrl)).text())
      .slice(1)
      .map((row) => row[1]),
  ).toEqual(["Challenger", "Incumbent"]);
  await page.goto(`/paper/${board.paperSlug}`);
  await expect(page.getByTestId("paper-results").getByRole("row").filter({ hasText: "Incumbent" }).getByRole("link", { name: "#2" })).toBeVisible();
});
