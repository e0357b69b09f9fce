import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import type { CreateSubmission } from "@/lib/validations/submission";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { signInThroughUi } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { expectFieldError } from "./fixtures/submission-data";

// The arXiv answers come from scripts/e2e-arxiv.ts, serving e2e/fixtures/arxiv/ (ARXIV_API_URL in playwright.config.ts).

async function lookUp(page: Page, ref: string) {
  await page.getByLabel("arXiv id or URL").fill(ref);
  await page.getByRole("button", { name: "Look up" }).click();
}

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });

    test("the paper fills in from arXiv or one's own pending submission; malformed arXiv ids are refused at the field", async ({ page }) => {
      const id = randomUUID().slice(0, 8);
      const user = await createUser({ name: `Filler ${id}` });
      const board = await createLeaderboard({ metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], results: [] });
      const pendingPaper: CreateSubmission["paper"] = {
        ref: `https://example.org/pending-${id}`,
        title: `Pending Paper ${id}`,
        authors: "Ada Lovelace, Alan Turing",
        publishedAt: "2024-02-01",
        abstract: `We count sheep ${id}.`,
      };
      const benchmark = {
        task: board.taskName,
        dataset: board.datasetName,
        subset: "",
        metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" as const, unit: "" }],
      };
      await createNewResultsSubmission({ submitterId: user.id, benchmark, paper: pendingPaper, rows: [resultRow(`Sheep ${id}`, ["70"])], comment: "" });
      await signInThroughUi(page, user);
      await page.goto(`/submit?benchmark=${board.slug}`);

      await lookUp(page, "1605.0714");
      await expectFieldError(page, "arXiv id or URL", /1605\.0714 is not an arXiv id: since 2015 \(1501\) the number after the dot has 5 digits/);
      await lookUp(page, "9999.99999");
      await expectFieldError(page, "arXiv id or URL", /99 is no month/);

      await lookUp(page, "1409.1556");
      await expect(page.getByTestId("paper-filled")).toContainText("Filled in from arXiv");
      await expect(page.getByLabel("Title")).toHaveValue("Very Deep Convolutional Networks for Large-Scale Image Recognition");
      await expect(page.getByLabel("Authors")).toHaveValue("Karen Simonyan, Andrew Zisserman");
      await expect(page.getByLabel("Publication date")).toHaveValue("2014-09-04");
      await expect(page.getByLabel("Abstract (optional)")).toHaveValue(/^In this work we investigate the effect of the convolutional network depth/);

      // arXiv failing (503) or silent past the timeout: the form goes on, asking for the details.
      await lookUp(page, "2101.00001");
      await expect(page.getByText("Not in the catalogue yet")).toBeVisible();
      await expect(page.getByLabel("Title")).toHaveValue("");
      await lookUp(page, "2101.00002");
      await expect(page.getByText("Not in the catalogue yet")).toBeVisible();

      await page.getByLabel("A paper of your submissions waiting for review").selectOption({ label: pendingPaper.title });
      await expect(page.getByTestId("paper-filled")).toContainText("your submission waiting for review");
      await expect(page.getByLabel("arXiv id or URL")).toHaveValue(pendingPaper.ref);
      await expect(page.getByLabel("Authors")).toHaveValue(pendingPaper.authors);
      await expect(page.getByLabel("Abstract (optional)")).toHaveValue(pendingPaper.abstract!);
    });

    test("Check shows the rank and the gap to the best by each ranked metric; sending shows what happens next", async ({ page }) => {
      const id = randomUUID().slice(0, 8);
      const user = await createUser({ name: `Checker ${id}` });
      const board = await createLeaderboard({
        metrics: [
          { name: "Accuracy", direction: "HIGHER_IS_BETTER" },
          { name: "Error", direction: "LOWER_IS_BETTER" },
        ],
        results: [
          { model: `Best ${id}`, values: { Accuracy: "80.5", Error: "4.0" } },
          { model: `Second ${id}`, values: { Accuracy: "71.0", Error: "9.0" } },
        ],
      });
      await signInThroughUi(page, user);
      await page.goto(`/submit?benchmark=${board.slug}&paper=${board.paperSlug}`);
      await expect(page.getByTestId("paper-found")).toBeVisible();
      await page.getByLabel("Model name").fill(`Mine ${id}`);
      await page.getByLabel("Accuracy ↑").fill("75.5");
      await page.getByLabel("Error ↓").fill("3.5");
      await page.getByLabel("Evidence").fill("Table 1");
      await page.getByRole("button", { name: "Check", exact: true }).click();

      const placements = page.getByTestId("check-placements");
      await expect(placements).toContainText("Where it would stand on the leaderboard");
      const [byAccuracy, byError] = [placements.getByTestId("placement").nth(0), placements.getByTestId("placement").nth(1)];
      await expect(byAccuracy).toContainText(`Mine ${id} · Accuracy 75.5: rank 2 of 3, 5 (6.2 %) behind the current best (80.5)`);
      await expect(byError).toContainText(
        new RegExp(`Mine ${id} · Error 3\\.5: rank 1 of 3, new best: 0\\.5 \\(\\d+ %\\) better than the current best \\(4\\)`),
      );

      await page.getByRole("button", { name: "Submit for review" }).click();
      const nextSteps = page.getByTestId("next-steps");
      await expect(nextSteps).toContainText("Sent for review");
      await expect(nextSteps).toContainText("A moderator checks each number against the paper");
      await expect(nextSteps.getByRole("link", { name: "My submissions" })).toHaveAttribute("href", "/submissions");
      await expect(page.getByTestId("typical-review-time")).toBeVisible();
      const sent = await prisma.submission.findFirstOrThrow({ where: { submitterId: user.id }, select: { status: true } });
      expect(sent.status).toBe("PENDING");
    });
  });
}
