import { expect, test, type Page } from "@playwright/test";
import { expireTagsEverywhere } from "@/lib/cache/tag-store.js";
import { prisma } from "@/lib/db";
import { rowTags } from "@/lib/trust/row-tags";
import { createApiToken } from "@/lib/api/tokens";
import { signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { createNewResultsSubmission, resultRow, submitResultsTo } from "./fixtures/submissions";

const oneResultBoard = () =>
  createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [{ model: "Alpha", values: { Accuracy: "90" } }] });

const shownModels = (page: Page) => page.getByTestId("leaderboard-row").getByTestId("model-name").allInnerTexts();

/** A token made on the profile page, as a person makes one. */
async function createTokenOnProfile(page: Page, name: string): Promise<string> {
  await page.goto("/profile");
  await page.getByLabel("What is this token for?").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("new-api-token")).toContainText("it will not be shown again");
  return page.getByLabel("New API token").inputValue();
}

test("a user submits results with a token, a moderator approves them in the queue, and they show in the API and on the leaderboard", async ({
  page,
  browser,
  request,
}) => {
  const board = await oneResultBoard();
  const user = await createUser();
  await signInThroughUi(page, user);
  const token = await createTokenOnProfile(page, `script ${user.id.slice(-6)}`);
  const headers = { Authorization: `Token ${token}` };

  const created = await request.post("/api/v1/submissions/", {
    headers,
    data: {
      benchmark: { task: board.taskName, dataset: board.datasetName, subset: "", metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "" }] },
      paper: { ref: "", title: board.paperTitle, authors: "", publishedAt: "" },
      rows: [{ modelName: "Scripted", values: ["95.5"], usesExtraData: false, extraData: "", codeUrl: "", evaluatedAt: "2024-05-01", evidence: "Table 2" }],
      comment: "Sent from a script.",
    },
  });
  expect(created.status()).toBe(201);
  const submission = await created.json();
  expect(submission).toMatchObject({ status: "pending", submitter: { id: user.id }, evaluation: board.slug, events: [{ to_status: "pending" }] });
  expect(await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({ submitterId: user.id, status: "PENDING" });
  // Pending is not public.
  const before = await request.get(`/api/v1/evaluations/${board.slug}/results/`);
  expect((await before.json()).results.map((result: { methodology: string }) => result.methodology)).toEqual(["Alpha"]);

  const moderator = await browser.newContext({ storageState: storageStateOf("MODERATOR") });
  const review = await moderator.newPage();
  await review.goto(`/moderation?task=${encodeURIComponent(board.taskName)}`);
  const row = review.getByTestId("queue-row").filter({ hasText: "Scripted" });
  await expect(row).toContainText(user.name);
  await row.getByRole("link", { name: `${board.taskName} on ${board.datasetName}` }).click();
  await expect(review).toHaveURL(new RegExp(`/moderation/${submission.id}$`));
  await review.getByRole("button", { name: "Approve" }).click();
  await expect(review.getByTestId("form-message")).toContainText("Approved: 1 result changed on the leaderboard.");
  await moderator.close();

  const after = await request.get(`/api/v1/evaluations/${board.slug}/results/`);
  const results = (await after.json()).results;
  expect(results[0]).toMatchObject({ methodology: "Scripted", best_rank: 1, metrics: { Accuracy: "95.5" }, evaluated_on: "2024-05-01" });
  const followed = await (await request.get(`/api/v1/submissions/${submission.id}/`, { headers })).json();
  expect(followed).toMatchObject({ status: "approved", results: [results[0].id], events: [{ to_status: "pending" }, { to_status: "approved" }] });

  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Scripted", "Alpha"]);
  await expect(page.getByTestId("leaderboard-row").first()).toContainText(`by ${user.name}`);
});

test("a moderator approves through the API with a token, and the site shows it on the next request", async ({ page, request }) => {
  const board = await oneResultBoard();
  const submitter = await createUser();
  const submission = await submitResultsTo(board, submitter.id, [{ model: "Approved Remotely", value: "97" }]);
  const moderator = await createUser({ role: "MODERATOR" });
  const { token } = await createApiToken(moderator.id, { name: "review bot" });
  // The leaderboard is cached before the approval: it must render fresh after it.
  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Alpha"]);

  const refused = await request.post(`/api/v1/submissions/${submission.id}/approve`, {
    headers: { Authorization: `Token ${(await createApiToken(submitter.id, { name: "mine" })).token}` },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");

  const approved = await request.post(`/api/v1/submissions/${submission.id}/approve`, {
    headers: { Authorization: `Token ${token}` },
    data: { reason: "Matches Table 1." },
  });
  expect(approved.status()).toBe(200);
  expect(approved.headers()["access-control-allow-origin"]).toBeUndefined();
  const decision = await approved.json();
  expect(decision).toMatchObject({
    evaluation: board.slug,
    results: [expect.any(String)],
    submission: { status: "approved", decided_by: { id: moderator.id } },
  });

  await page.goto(`/sota/${board.slug}`);
  expect(await shownModels(page)).toEqual(["Approved Remotely", "Alpha"]);
  await page.goto(`/result/${decision.results[0]}`);
  await expect(page.getByText("Matches Table 1.").first()).toBeVisible();

  const again = await request.post(`/api/v1/submissions/${submission.id}/approve`, { headers: { Authorization: `Token ${token}` } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error).toMatchObject({ code: "already_decided", message: expect.stringContaining(moderator.name) });
});

test("an API answer about one table or paper stays cached through an approval on another table, and shows one on its own, or a reproduction, at once", async ({
  request,
}) => {
  const [quiet, busy] = [await oneResultBoard(), await oneResultBoard()];
  const moderator = await createUser({ role: "MODERATOR" });
  const { token } = await createApiToken(moderator.id, { name: "review bot" });
  const results = (board: { slug: string }) => request.get(`/api/v1/evaluations/${board.slug}/results/`);
  const paper = () => request.get(`/api/v1/papers/${quiet.paperSlug}/`);
  const models = async (answer: Awaited<ReturnType<typeof results>>) =>
    (await answer.json()).results.map((result: { methodology: string }) => result.methodology);
  expect(await models(await results(quiet))).toEqual(["Alpha"]);
  const abstract = async () => (await (await paper()).json()).abstract;
  const before = await abstract();
  const paperResults = async () => (await (await request.get(`/api/v1/papers/${quiet.paperSlug}/results/`)).json()).results;
  expect((await paperResults()).map((result: { methodology: string }) => result.methodology)).toEqual(["Alpha"]);

  // Changed behind the cache's back: no write of the site does this, so only a read of the database would show it.
  await prisma.result.updateMany({ where: { benchmarkId: quiet.id }, data: { modelName: "Alpha (read again)" } });
  await prisma.paper.update({ where: { id: quiet.paperId }, data: { abstract: "Read again." } });
  const elsewhere = await submitResultsTo(busy, (await createUser()).id, [{ model: "Elsewhere", value: "99" }]);
  const approve = (id: string) => request.post(`/api/v1/submissions/${id}/approve`, { headers: { Authorization: `Token ${token}` } });
  expect((await approve(elsewhere.id)).status()).toBe(200);
  expect(await models(await results(busy))).toEqual(["Elsewhere", "Alpha"]);
  expect(await models(await results(quiet))).toEqual(["Alpha"]);
  expect(await abstract()).toBe(before);
  expect((await paperResults()).map((result: { methodology: string }) => result.methodology)).toEqual(["Alpha"]);

  // An approval on the table itself (and its paper) is in its next answer.
  const own = await submitResultsTo(quiet, (await createUser()).id, [{ model: "Own", value: "95" }]);
  expect((await approve(own.id)).status()).toBe(200);
  expect(await models(await results(quiet))).toEqual(["Own", "Alpha (read again)"]);
  expect(await abstract()).toBe("Read again.");
  expect((await paperResults()).map((result: { methodology: string }) => result.methodology).sort()).toEqual(["Alpha (read again)", "Own"]);

  // A reproduction accepted on the table expires its benchmark and paper, not the catalogue (lib/trust/row-tags.ts).
  const alpha = await prisma.result.findFirstOrThrow({ where: { benchmarkId: quiet.id, modelName: "Alpha (read again)" } });
  await prisma.result.update({ where: { id: alpha.id }, data: { reproducedAt: new Date(), reproductionUrl: "https://example.org/run" } });
  await expireTagsEverywhere(rowTags(alpha));
  const reproduced = (await paperResults()).find((result: { id: string }) => result.id === alpha.id);
  expect(reproduced.trust).toBe("reproduced");
});

test("a paper search through the API stays cached through an approval on a paper it does not show, and shows one on a paper it shows, or a paper an approval creates, at once", async ({
  request,
}) => {
  const [shown, elsewhere] = [await oneResultBoard(), await oneResultBoard()];
  // The fixture's id, in its paper's title and no other: the search finds that paper alone.
  const word = shown.paperTitle.split(" ").at(-1)!;
  const moderator = await createUser({ role: "MODERATOR" });
  const { token } = await createApiToken(moderator.id, { name: "review bot" });
  const approve = async (id: string) =>
    expect((await request.post(`/api/v1/submissions/${id}/approve`, { headers: { Authorization: `Token ${token}` } })).status()).toBe(200);
  type Found = { count: number; results: { id: string; abstract: string }[] };
  const search = async (): Promise<Found> => (await request.get(`/api/v1/papers/?q=${word}`)).json();
  const oldSearch = async (): Promise<{ count: number }> => (await request.get(`/api/v1/search/?q=${word}`)).json();
  expect(await search()).toMatchObject({ count: 1, results: [{ id: shown.paperSlug }] });
  expect(await oldSearch()).toMatchObject({ count: 1 });

  // Changed behind the cache's back: only a read of the database shows it. An answer read within a second of an
  // expiry (the boards' creation) counts as read before it (CLOCK_SKEW_MS in lib/cache/cache-handler.js) and is
  // read again: ask until the cache keeps one.
  let cached = "";
  const behind = () => `Read again at ${Date.now()}.`;
  await expect
    .poll(async () => {
      cached = (await search()).results[0].abstract;
      await prisma.paper.update({ where: { id: shown.paperId }, data: { abstract: behind() } });
      return (await search()).results[0].abstract === cached;
    })
    .toBe(true);
  const changed = behind();
  await prisma.paper.update({ where: { id: shown.paperId }, data: { abstract: changed } });
  await approve((await submitResultsTo(elsewhere, (await createUser()).id, [{ model: "Elsewhere", value: "99" }])).id);
  expect((await search()).results[0].abstract, "still the cached answer").toBe(cached);

  await approve((await submitResultsTo(shown, (await createUser()).id, [{ model: "Own", value: "95" }])).id);
  expect((await search()).results[0].abstract).toBe(changed);

  const newPaper = await createNewResultsSubmission({
    submitterId: (await createUser()).id,
    benchmark: { task: shown.taskName, dataset: shown.datasetName, subset: "", metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "" }] },
    paper: { ref: "", title: `A Second Look at ${word}`, authors: "Cy Fixture", publishedAt: "2024-01-02" },
    rows: [resultRow("Second Look", ["96"], { evidence: "Table 1" })],
    comment: "",
  });
  await approve(newPaper.id);
  const found = await search();
  expect(found.count).toBe(2);
  expect(found.results.map((paper) => paper.id)).toContain(shown.paperSlug);
  expect(await oldSearch()).toMatchObject({ count: 2 });
});

test("the API page documents the writes: their bodies, who may call them, and an example", async ({ page, request }) => {
  await page.goto("/api");
  const create = page.locator("#createSubmission");
  await expect(create).toContainText("POST/api/v1/submissions/");
  await expect(create).toContainText("Takes CreateSubmission; answers 201 Created with Submission.");
  await expect(create.getByLabel("Example request for POST /submissions/")).toContainText('-H "Authorization: Token $PWC_TOKEN"');
  await expect(page.locator("#approveSubmission")).toContainText("Needs a moderator's or an admin's token.");
  const fields = page.getByRole("table", { name: "Fields of CreateSubmission" });
  await expect(fields.getByRole("row").filter({ hasText: "benchmark.metrics[].direction" })).toContainText("HIGHER_IS_BETTER");
  await expect(page.getByRole("table", { name: "Fields of Error" })).toContainText("error.fields");

  const description = await (await request.get("/api/v1/openapi.json")).json();
  expect(description.paths["/submissions/"].post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/CreateSubmission" });
});
