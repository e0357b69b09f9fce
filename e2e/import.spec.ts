import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";

// Real leaderboards of the PWC archive, read where they are (not copied into the repository).
// The Open Graph Benchmark shares no task or dataset with the demo data that other specs read.
const OGB = "/work/shared/pwc-samples/ogb.json";

type Row = { model_name: string; metrics: Record<string, string> };

/** The file's own best models on ogbn-products by its first metric, Test Accuracy ("0.8428 ± 0.0014"). */
function bestModels(count: number): string[] {
  const [nodePropertyPrediction] = JSON.parse(readFileSync(OGB, "utf8"));
  const products = nodePropertyPrediction.datasets.find((dataset: { dataset: string }) => dataset.dataset === "ogbn-products");
  return (products.sota.rows as Row[])
    .map((row) => ({ name: row.model_name, accuracy: parseFloat(row.metrics["Test Accuracy"]) }))
    .sort((a, b) => b.accuracy - a.accuracy)
    .slice(0, count)
    .map((row) => row.name);
}

test("importing a sample of the archive shows its leaderboard", async ({ page }) => {
  // The command a maintainer runs, on the database the server under test reads.
  const output = execFileSync("npx", ["tsx", "scripts/import.ts", OGB], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  expect(output).toMatch(/results\s+[\d,]+\s+[\d,]+\s+[\d,]+/);

  const benchmark = await prisma.benchmark.findFirstOrThrow({
    where: { task: { name: "Node Property Prediction" }, dataset: { name: "ogbn-products", parentId: null } },
    select: { slug: true, _count: { select: { results: true } } },
  });
  expect(benchmark.slug).toBe("node-property-prediction-on-ogbn-products");
  expect(benchmark._count.results).toBe(30);

  await page.goto(`/sota/${benchmark.slug}`);
  const leaderboard = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Model" }) });
  const rows = leaderboard.locator("tbody tr");
  const [first, second, third] = bestModels(3);
  await expect(rows.nth(0)).toContainText(first);
  await expect(rows.nth(1)).toContainText(second);
  await expect(rows.nth(2)).toContainText(third);
});
