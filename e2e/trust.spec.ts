import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { signInThroughUi, storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { approvedAuthor, contestedBoard, trustBoard } from "./fixtures/trust-data";

const WIDTHS = [1280, 390];

/** A moderator's page of the shared per-role state, at the test's width. */
async function moderatorPage(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf("MODERATOR"), viewport: { width, height: 1600 } });
  return context.newPage();
}

const badgeOf = (page: Page, model: string) => page.getByTestId("leaderboard-row").filter({ hasText: model }).getByTestId("trust-badge");

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 1600 } });

    test("a contested row shows on the leaderboard and the queue side by side, and a moderator settles it", async ({ page, browser }) => {
      const { board, model, resultIds } = await contestedBoard();
      await page.goto(`/sota/${board.slug}`);
      await expect(badgeOf(page, model)).toHaveCount(2);
      await expect(badgeOf(page, model).first()).toContainText("Contested");
      await expect(badgeOf(page, model).last()).toContainText("Contested");

      const moderator = await moderatorPage(browser, width);
      await moderator.goto("/moderation");
      const item = moderator.getByTestId("queue-contest").filter({ hasText: model });
      await expect(item.getByTestId("contest-side")).toHaveCount(2);
      await expect(item).toContainText("90.1");
      await expect(item).toContainText("88.0");
      await item.getByLabel("First: 90.1").check();
      await item.getByLabel("Reason").fill("Table 2 of the camera-ready paper says 90.1.");
      await item.getByRole("button", { name: "Settle" }).click();
      // Settled, it leaves the queue.
      await expect(item).toHaveCount(0);
      await moderator.context().close();

      await page.goto(`/sota/${board.slug}`);
      await expect(page.getByTestId("leaderboard-row").filter({ hasText: model })).toHaveCount(1);
      await expect(badgeOf(page, model)).toContainText("Reported");
      // The history keeps both: the other row is retracted with the reason, the contest shows both values.
      await page.goto(`/result/${resultIds[1]}`);
      await expect(page.getByTestId("retracted")).toContainText("Contest settled: Table 2 of the camera-ready paper says 90.1.");
      await expect(page.getByTestId("result-contest")).toContainText("settled by");
      await expect(page.getByTestId("result-contest").getByTestId("contest-side")).toHaveCount(2);
    });

    test("a trust badge drops at once when a moderator retracts the reproduction, and the filter follows", async ({ page, browser }) => {
      const model = `Reproduced ${width}`;
      const { board, resultIds } = await trustBoard([
        { model, values: { Accuracy: "77.7" }, codeUrl: "https://github.com/fixture/code", reproductionUrl: "https://example.org/run/1" },
      ]);
      await page.goto(`/sota/${board.slug}?trust=reproduced`);
      await expect(badgeOf(page, model)).toContainText("Reproduced");
      await expect(badgeOf(page, model)).toHaveAttribute("title", /reproduces it/);

      const moderator = await moderatorPage(browser, width);
      await moderator.goto(`/moderation/results/${resultIds[0]}`);
      await moderator.getByLabel("Why it no longer holds").fill("The run's log was for another checkpoint.");
      await moderator.getByRole("button", { name: "Retract the reproduction" }).click();
      await expect(moderator.getByText("Retracted: the result's trust dropped.")).toBeVisible();
      await moderator.context().close();

      await page.goto(`/sota/${board.slug}`);
      await expect(badgeOf(page, model)).toContainText("Code linked");
      await page.goto(`/sota/${board.slug}?trust=reproduced`);
      await expect(page.getByTestId("leaderboard-row")).toHaveCount(0);
      await page.getByTestId("trust-filter").getByRole("link", { name: "Code linked" }).click();
      // The filter's links carry the other filters as a path (lib/settings/board-filters.ts boardLinker).
      await expect(page).toHaveURL(/(\/trust\/code|\?trust=code)$/);
      await expect(badgeOf(page, model)).toContainText("Code linked");
    });

    test("an author's claim approved by a moderator lets them confirm a result, which rises in trust", async ({ page, browser }) => {
      const model = `Confirmed ${width}`;
      const { board, resultIds } = await trustBoard([{ model, values: { Accuracy: "66.6" } }]);
      const author = await createUser();
      await signInThroughUi(page, author);
      await page.goto(`/paper/${board.paperSlug}/claim`);
      await page.getByLabel("I am").selectOption("Ada Fixture");
      await page.getByLabel("Note for the moderator").fill("My page at the university lists this paper.");
      await page.getByRole("button", { name: "Claim this paper" }).click();
      // Sent, the page says where the claim stands instead of the form.
      await expect(page.getByTestId("claim-status")).toHaveText("Your claim waits for a moderator.");

      const moderator = await moderatorPage(browser, width);
      await moderator.goto("/moderation");
      const claim = moderator.getByTestId("queue-claim").filter({ hasText: author.email });
      await expect(claim).toContainText("Ada Fixture");
      await claim.getByRole("button", { name: "Approve claim" }).click();
      // Decided, it leaves the queue.
      await expect(claim).toHaveCount(0);
      await moderator.context().close();
      const audit = await prisma.auditEvent.findMany({ where: { kind: "AUTHOR_CLAIM", userId: author.id } });
      expect(audit).toHaveLength(2);

      await page.goto(`/sota/${board.slug}`);
      await expect(badgeOf(page, model)).toContainText("Reported");
      await page.goto(`/result/${resultIds[0]}`);
      await page.getByRole("link", { name: "Confirm or dispute this result" }).click();
      await page.getByRole("button", { name: "Confirm this result" }).click();
      await expect(page.getByTestId("form-message")).toContainText("author-confirmed");
      await page.goto(`/sota/${board.slug}`);
      await expect(badgeOf(page, model)).toContainText("Author-confirmed");
      await page.goto(`/paper/${board.paperSlug}`);
      await expect(page.getByTestId("claimed-authors")).toContainText("Ada Fixture");
    });

    test("an author's dispute marks the row contested and waits in the queue with their reason", async ({ page, browser }) => {
      // Unique per run: a dispute stays open in the shared queue, and a repeat would find the earlier one too.
      const model = `Disputed ${width} ${randomUUID().slice(0, 6)}`;
      const { board, resultIds } = await trustBoard([{ model, values: { Accuracy: "55.5" }, codeUrl: "https://github.com/fixture/code" }]);
      const author = await createUser();
      await approvedAuthor(author.id, board.paperId);
      await signInThroughUi(page, author);
      await page.goto(`/result/${resultIds[0]}/author`);
      await page.getByLabel("What is wrong?").fill(`Our paper reports 45.5 for ${model}; 55.5 is a typo of the archive.`);
      await page.getByRole("button", { name: "Dispute this result" }).click();
      await expect(page.getByTestId("form-message")).toContainText("Disputed");
      await page.goto(`/sota/${board.slug}`);
      await expect(badgeOf(page, model)).toContainText("Contested");

      const moderator = await moderatorPage(browser, width);
      await moderator.goto("/moderation");
      const item = moderator.getByTestId("queue-contest").filter({ hasText: model });
      await expect(item).toContainText(`Disputed by an author (${author.name})`);
      await expect(item).toContainText("55.5 is a typo of the archive");
      await moderator.context().close();
    });
  });
}
