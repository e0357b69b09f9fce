import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { importPwcFiles } from "@/lib/import/import-pwc";
import { storageStateOf } from "./fixtures/accounts";

type Row = { model: string; em: string; paper: string; date: string };

// An archive file of one board of this test's own (lib/import reads it as it reads the archive).
function writeTable(tag: string, name: string, rows: Row[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pwc-contests-e2e-")), name);
  const row = ({ model, em, paper, date }: Row) => ({
    model_name: model,
    metrics: { EM: em },
    paper_title: paper,
    paper_url: `https://openreview.net/forum?id=${encodeURIComponent(paper)}`,
    paper_date: date,
    code_links: [],
    model_links: [],
    uses_additional_data: false,
  });
  const task = { task: `Contested Reading ${tag}`, datasets: [{ dataset: `ContestQA ${tag}`, sota: { metrics: ["EM"], rows: rows.map(row) } }] };
  writeFileSync(file, JSON.stringify([task]));
  return file;
}

const rowsOf = (page: Page, model: string) => page.getByTestId("leaderboard-row").filter({ hasText: model });

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 1600 } });

    test("a re-import that disagrees with an approved row contests it on the board and in the queue; a moderator settles it", async ({ page, browser }) => {
      const tag = randomUUID().slice(0, 8);
      const paper = `Span Readers ${tag}`;
      const companion: Row = { model: `Companion ${tag}`, em: "70.0", paper, date: "2023-04-01" };
      const model = `Reader ${tag}`;
      // The board and its paper come from the archive; a submission then published Reader at 86.0 (approved).
      await importPwcFiles([writeTable(tag, "tables-v1.json", [companion])]);
      const known = await prisma.result.findFirstOrThrow({ where: { modelName: companion.model }, include: { values: true, benchmark: true } });
      await prisma.result.create({
        data: {
          benchmarkId: known.benchmarkId,
          paperId: known.paperId,
          modelName: model,
          source: "SUBMISSION",
          evidence: "Table 2",
          approvedAt: new Date(),
          values: { create: [{ metricId: known.values[0].metricId, raw: "86.0", value: 86 }] },
        },
      });
      // A newer archive file says 85.1.
      const summary = await importPwcFiles([writeTable(tag, "tables-v2.json", [companion, { model, em: "85.1", paper, date: "2023-04-01" }])]);
      expect(summary.contestsOpened).toBe(1);

      await page.goto(`/sota/${known.benchmark.slug}`);
      await expect(rowsOf(page, model)).toHaveCount(2);
      await expect(rowsOf(page, model).getByTestId("trust-badge").first()).toContainText("Contested");
      await expect(rowsOf(page, model).getByTestId("trust-badge").last()).toContainText("Contested");

      const context = await browser.newContext({ storageState: storageStateOf("MODERATOR"), viewport: { width, height: 1600 } });
      const moderator = await context.newPage();
      await moderator.goto("/moderation");
      // Both widths run at once with the same values: the model names this run's contest.
      const item = moderator.getByTestId("queue-contest").filter({ hasText: "86.0 against 85.1" }).filter({ hasText: model });
      await expect(item.getByTestId("contest-side")).toHaveCount(2);
      await expect(item.getByTestId("contest-side").last()).toContainText("The archive (tables-v2.json, imported");
      await item.getByLabel("Second: 85.1").check();
      await item.getByLabel("Reason").fill("The paper's Table 2 says 85.1.");
      await item.getByRole("button", { name: "Settle" }).click();
      await expect(item).toHaveCount(0);
      await context.close();

      await page.goto(`/sota/${known.benchmark.slug}`);
      await expect(rowsOf(page, model)).toHaveCount(1);
      await expect(rowsOf(page, model)).toContainText("85.1");
      await expect(rowsOf(page, model).getByTestId("trust-badge")).not.toContainText("Contested");
    });

    test("a baseline from another paper's table links to the original paper's row", async ({ page }) => {
      const tag = randomUUID().slice(0, 8);
      const model = `Encoder ${tag}`;
      await importPwcFiles([
        writeTable(tag, "tables.json", [
          { model, em: "80.2", paper: `Deep Encoders ${tag}`, date: "2020-02-02" },
          { model, em: "80.0", paper: `Wide Decoders ${tag}`, date: "2021-06-06" },
        ]),
      ]);
      const board = await prisma.benchmark.findFirstOrThrow({ where: { task: { name: `Contested Reading ${tag}` } } });

      await page.goto(`/sota/${board.slug}`);
      const baseline = rowsOf(page, "80.0").getByTestId("baseline-link");
      await expect(baseline).toHaveText(`Reported by Wide Decoders ${tag}, original: Deep Encoders ${tag}`);
      await expect(rowsOf(page, "80.2").getByTestId("baseline-link")).toHaveCount(0);
      await baseline.getByRole("link", { name: `Deep Encoders ${tag}` }).click();
      await expect(page).toHaveURL(/\/result\//);
      await expect(page.getByText("80.2").first()).toBeVisible();
      await expect(page.getByTestId("baseline-of")).toHaveCount(0);
    });
  });
}
