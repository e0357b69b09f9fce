import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signedInUserOf, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { submitResultsTo } from "./fixtures/submissions";

const oneResultBoard = () =>
  createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [{ model: "Alpha", values: { Accuracy: "90" } }] });

async function unchanged(submissionId: string, benchmarkId: string) {
  expect(await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).toMatchObject({ status: "PENDING", decidedById: null });
  expect(await prisma.result.count({ where: { benchmarkId } })).toBe(1);
  expect(await prisma.reviewEvent.count({ where: { submissionId } })).toBe(1);
}

test.describe("a plain user", () => {
  test.use({ storageState: storageStateOf("USER") });

  test("gets the access-denied page and a 403 from the approve route, and nothing changes", async ({ page }) => {
    const board = await oneResultBoard();
    const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Sneaky", value: "99" }]);
    await page.goto("/moderation");
    await expect(page.getByTestId("access-denied")).toContainText("Moderators only");
    await page.goto(`/moderation/${submission.id}`);
    await expect(page.getByTestId("access-denied")).toBeVisible();

    const response = await page.request.post(`/api/v1/submissions/${submission.id}/approve`, { data: {} });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: "Only moderators and admins can do this." } });
    await unchanged(submission.id, board.id);
  });
});

test("an anonymous visitor is sent to sign in, and the route answers 401", async ({ page }) => {
  const board = await oneResultBoard();
  const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Ghost", value: "50" }]);
  await page.goto("/moderation");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmoderation$/);
  const response = await page.request.post(`/api/v1/submissions/${submission.id}/reject`, { data: { reason: "No." } });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
  await unchanged(submission.id, board.id);
});

test.describe("a moderator", () => {
  test.use({ storageState: storageStateOf("MODERATOR") });

  test("cannot decide their own submission, in the page or through the route", async ({ page }) => {
    const board = await oneResultBoard();
    const submission = await submitResultsTo(board, signedInUserOf("MODERATOR").id, [{ model: "Mine", value: "91" }]);
    await page.goto(`/moderation/${submission.id}`);
    await expect(page.getByTestId("own-submission")).toContainText("This is your own submission: you cannot decide it.");
    await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

    const response = await page.request.post(`/api/v1/submissions/${submission.id}/approve`);
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("own_submission");
    await unchanged(submission.id, board.id);
  });

  test("a reason is required by the route too", async ({ page }) => {
    const board = await oneResultBoard();
    const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Terse", value: "60" }]);
    const response = await page.request.post(`/api/v1/submissions/${submission.id}/request-changes`, { data: { reason: "" } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "invalid_input", message: "reason: Give the submitter a reason", fields: { reason: ["Give the submitter a reason"] } },
    });
    expect((await page.request.post("/api/v1/submissions/no-such-id/approve")).status()).toBe(404);
    await unchanged(submission.id, board.id);
  });

  test("of two approvals at the same moment exactly one succeeds; the other is told who decided", async ({ page, browser }) => {
    const board = await oneResultBoard();
    const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Contested", value: "95" }]);
    const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
    const responses = await Promise.all([
      page.request.post(`/api/v1/submissions/${submission.id}/approve`),
      admin.request.post(`/api/v1/submissions/${submission.id}/approve`),
    ]);
    expect(responses.map((response) => response.status()).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status() === 409)!;
    expect((await loser.json()).error).toMatchObject({ code: "already_decided", message: expect.stringMatching(/^Already decided by .+: approved on /) });
    expect(await prisma.result.count({ where: { benchmarkId: board.id, modelName: "Contested" } })).toBe(1);
    expect(await prisma.reviewEvent.count({ where: { submissionId: submission.id, toStatus: "APPROVED" } })).toBe(1);
    await admin.close();
  });

  test("who comes second in the page is told it was already decided, and by whom", async ({ page, browser }) => {
    const board = await oneResultBoard();
    const submission = await submitResultsTo(board, (await createUser()).id, [{ model: "Second", value: "70" }]);
    await page.goto(`/moderation/${submission.id}`);
    const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
    expect((await admin.request.post(`/api/v1/submissions/${submission.id}/approve`)).status()).toBe(200);
    await admin.close();

    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("form-message")).toContainText(`Already decided by ${signedInUserOf("ADMIN").name}: approved on`);
    await expect(page.getByTestId("decided-banner")).toContainText(`already decided by ${signedInUserOf("ADMIN").name}`);
  });
});
