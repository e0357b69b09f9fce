import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Browser } from "@playwright/test";
import { prisma } from "@/lib/db";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { addResults, createLeaderboard } from "./fixtures/leaderboard-data";
import { fixtureRow, submissionFor, submit } from "./fixtures/submission-data";

const ACCURACY = [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" as const }];

/** The shared moderator approves the submission on its review page. */
async function approve(browser: Browser, submissionId: string) {
  const context = await browser.newContext({ storageState: storageStateOf("MODERATOR") });
  const page = await context.newPage();
  await page.goto(`/moderation/${submissionId}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Approved");
  await context.close();
}

/** Takes a published result off its board as a moderator's retraction does: its status and a RETRACTED revision. */
async function retract(resultId: string) {
  const result = await prisma.result.update({
    where: { id: resultId },
    data: { status: "RETRACTED", retractedReason: "Wrong split." },
    include: { values: true },
  });
  const snapshot = {
    modelName: result.modelName,
    paperId: result.paperId,
    codeUrl: null,
    evaluatedAt: result.evaluatedAt?.toISOString() ?? null,
    usesExtraData: false,
    extraData: "",
    evidence: "",
    values: result.values.map(({ metricId, raw, value, uncertainty }) => ({ metricId, raw, value, uncertainty })),
  };
  await prisma.resultRevision.create({ data: { resultId, change: "RETRACTED", reason: "Wrong split.", snapshot } });
  await expireTagsEverywhere(["catalogue", `benchmark:${result.benchmarkId}`, `paper:${result.paperId}`]);
}

test("a leaderboard names its Atom feed in its head, and the feed lists a newly approved result as a new best", async ({ page, browser }) => {
  const board = await createLeaderboard({ metrics: ACCURACY, results: [{ model: "Old model", values: { Accuracy: "70.1" }, date: "2021-02-01" }] });
  await page.goto(`/sota/${board.slug}`);
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveAttribute("href", new RegExp(`^http://localhost:\\d+/sota/${board.slug}/feed\\.atom$`));
  const feedUrl = (await link.getAttribute("href"))!;

  const user = await createUser();
  const submissionId = await submit(user.id, submissionFor(board, ACCURACY, [fixtureRow("Feed newcomer", ["75.5"])]));
  await approve(browser, submissionId);

  const response = await page.request.get(feedUrl);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toContain("max-age=300");
  const feed = parseFeed(await response.text());
  expect(feed.items[0].title).toBe(`New best: Feed newcomer on ${board.taskName} on ${board.datasetName} · Accuracy 75.5`);
  expect(feed.items[1].title).toContain("New best: Old model");
  const again = await page.request.get(feedUrl, { headers: { "if-none-match": response.headers().etag } });
  expect(again.status()).toBe(304);

  // The task's and the paper's pages name their own feeds.
  await page.goto(`/paper/${board.paperSlug}`);
  await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute("href", /\/paper\/.+\/feed\.atom$/);
});

for (const width of [1280, 390]) {
  test(`a board as of a past day shows a result retracted since, not one added since, and cites it with a hash that later edits leave alone (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 1600 });
    const board = await createLeaderboard({
      metrics: ACCURACY,
      results: [
        { model: "Early model", values: { Accuracy: "70.1" }, date: "2021-02-01" },
        { model: "Later model", values: { Accuracy: "80.2" }, date: "2021-08-01" },
      ],
    });
    const early = await prisma.result.findFirstOrThrow({ where: { benchmarkId: board.id, modelName: "Early model" } });
    await retract(early.id);

    await page.goto(`/sota/${board.slug}?as_of=2021-06-30`);
    await expect(page.getByTestId("as-of-banner")).toContainText("As of 30 Jun 2021");
    await expect(page.getByRole("link", { name: "Early model" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Later model" })).toHaveCount(0);

    await page.getByRole("button", { name: "Cite" }).click();
    await expect(page).toHaveURL(new RegExp(`/sota/${board.slug}/snapshot/\\w+$`));
    const hash = page.getByTestId("snapshot-hash");
    await expect(hash).toHaveText(/^[0-9a-f]{64}$/);
    const cited = await hash.textContent();
    await expect(page.getByTestId("snapshot-row")).toHaveCount(1);
    await expect(page.getByTestId("bibtex")).toContainText(`url = {${page.url()}}`);
    await expect(page.getByTestId("bibtex")).toContainText(`SHA-256 ${cited}`);

    // Edits after the citation: a new best, a changed value, the early row's reason; the snapshot stays.
    await addResults(board.id, board.paperId, [{ model: "Newest model", values: { Accuracy: "90.0" }, date: "2021-03-01" }]);
    await prisma.resultValue.updateMany({ where: { result: { id: early.id } }, data: { raw: "10.0", value: 10 } });
    await expireTagsEverywhere(["catalogue", `benchmark:${board.id}`]);
    await page.reload();
    await expect(page.getByTestId("snapshot-hash")).toHaveText(cited!);
    await expect(page.getByTestId("snapshot-row")).toHaveText([/Early model.*70\.1/]);

    await page.getByRole("link", { name: "See today’s board" }).click();
    await expect(page.getByRole("link", { name: "Newest model" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Early model" })).toHaveCount(0);
  });

  test(`a result page offers its README badge, which follows the result's rank (${width} px)`, async ({ page, context }) => {
    await page.setViewportSize({ width, height: 1600 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const board = await createLeaderboard({ metrics: ACCURACY, results: [{ model: "Badge model", values: { Accuracy: "88.5" }, date: "2021-02-01" }] });
    const result = await prisma.result.findFirstOrThrow({ where: { benchmarkId: board.id } });
    await page.goto(`/result/${result.id}`);
    const markdown = page.getByTestId("result-badge-markdown");
    await expect(markdown).toContainText(`/result/${result.id}/badge.svg`);
    await page.getByRole("button", { name: "Copy result markdown" }).click();
    await expect(page.getByRole("button", { name: /Copy result markdown/ })).toContainText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await markdown.textContent());
    await expect(page.getByRole("img", { name: "Badge model: rank on the leaderboard" })).toBeVisible();

    const badgeUrl = `/result/${result.id}/badge.svg`;
    const first = await page.request.get(badgeUrl);
    expect(first.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(await first.text()).toContain(`<title>#1 on ${board.datasetName} · Accuracy 88.5</title>`);
    expect((await page.request.get(badgeUrl, { headers: { "if-none-match": first.headers().etag } })).status()).toBe(304);

    await addResults(board.id, board.paperId, [{ model: "Better model", values: { Accuracy: "91.0" }, date: "2021-03-01" }]);
    await expireTagsEverywhere(["catalogue", `benchmark:${board.id}`]);
    const second = await page.request.get(badgeUrl, { headers: { "if-none-match": first.headers().etag } });
    expect(second.status()).toBe(200);
    expect(await second.text()).toContain(`<title>#2 on ${board.datasetName} · Accuracy 88.5</title>`);
  });
}
