import { expect, test } from "@playwright/test";
import { prisma } from "@/lib/db";
import { resubmitSubmission } from "@/lib/submissions/resubmit-submission";
import type { CreateSubmission } from "@/lib/validations/submission";
import { storageStateOf } from "./fixtures/accounts";
import { createUser } from "./fixtures/factories";
import { createLeaderboard } from "./fixtures/leaderboard-data";
import { createNewResultsSubmission, resultRow } from "./fixtures/submissions";

test.use({ storageState: storageStateOf("MODERATOR") });

async function pendingInput(model: string, value: string, paper: CreateSubmission["paper"] | null = null): Promise<CreateSubmission> {
  const board = await createLeaderboard({
    metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }],
    results: [{ model: "Alpha", values: { Accuracy: "90.0" }, date: "2021-01-01" }],
  });
  return {
    benchmark: { task: board.taskName, dataset: board.datasetName, subset: "", metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "" }] },
    paper: paper ?? { ref: "", title: board.paperTitle, authors: "", publishedAt: "" },
    rows: [resultRow(model, [value], { evidence: "Table 1" })],
    comment: "",
  };
}

test("the review computes its checks again, links the arXiv paper, spans tables across the page and says 'just now'", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1600 });
  // Sent when the paper was not in the catalogue; it is now (the demo catalogue has it).
  const input = await pendingInput("Gamma", "85.5", { ref: "2010.11929", title: "", authors: "", publishedAt: "" });
  const stale = [{ kind: "new_paper" as const, severity: "note" as const, message: 'New paper: "https://arxiv.org/abs/2010.11929".' }];
  const submission = await createNewResultsSubmission({ submitterId: (await createUser()).id, checks: stale, ...input });
  await page.goto(`/moderation/${submission.id}`);

  const checks = page.getByRole("region", { name: "Automatic checks" });
  await expect(checks).toContainText("as of now");
  await expect(checks).not.toContainText("New paper");
  const entries = page.getByTestId("catalogue-entries");
  await expect(entries.getByRole("link", { name: "https://arxiv.org/abs/2010.11929" })).toHaveAttribute("href", "https://arxiv.org/abs/2010.11929");
  await expect(page.getByText("just now", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("just now ago")).toHaveCount(0);
  const rows = await page.getByTestId("proposed-rows").boundingBox();
  const preview = await page.getByTestId("preview").boundingBox();
  expect(rows!.width).toBeGreaterThan(1000);
  expect(preview!.width).toBeGreaterThan(1000);
});

test("a resubmission shows the moderator's request beside what changed since", async ({ page }) => {
  const submitter = await createUser();
  const input = await pendingInput("Epsilon", "88");
  const submission = await createNewResultsSubmission({ submitterId: submitter.id, ...input });
  await page.goto(`/moderation/${submission.id}`);
  await page.getByLabel("Reason").fill("Which table is 88 from?");
  await page.getByRole("button", { name: "Request changes" }).click();
  await expect(page.getByTestId("decided-banner")).toContainText("Changes requested");

  await resubmitSubmission(submitter.id, submission.id, {
    ...input,
    rows: [resultRow("Epsilon", ["87.5"], { evidence: "Table 3" })],
    comment: "Table 3 says 87.5.",
  });
  await page.goto(`/moderation/${submission.id}`);
  const changes = page.getByTestId("resubmission-changes");
  await expect(changes).toContainText("Which table is 88 from?");
  await expect(changes.getByRole("row", { name: /Row 1 \(Epsilon\) · Accuracy/ }).getByRole("cell")).toHaveText(["88", "87.5"]);
  await expect(changes.getByRole("row", { name: /Row 1 \(Epsilon\) · Evidence/ }).getByRole("cell")).toHaveText(["Table 1", "Table 3"]);
  await expect(changes.getByRole("row", { name: /Comment/ }).getByRole("cell")).toHaveText(["—", "Table 3 says 87.5."]);
});

test("after a decision, 'Next in queue' opens the next pending submission", async ({ page }) => {
  const submitter = await createUser();
  const first = await createNewResultsSubmission({ submitterId: submitter.id, ...(await pendingInput("Zeta", "70")) });
  await createNewResultsSubmission({ submitterId: submitter.id, ...(await pendingInput("Eta", "71")) });
  await page.goto(`/moderation/${first.id}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("decided-banner")).toContainText("Approved — decided by you");
  await page.getByRole("link", { name: "Next in queue →" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/moderation/${first.id}$`));
  const nextId = /\/moderation\/([^/?]+)$/.exec(page.url())?.[1];
  expect(nextId).toBeTruthy();
  // The queue's oldest pending submission: it was pending when the link was made.
  const next = await prisma.submission.findUniqueOrThrow({ where: { id: nextId! }, include: { events: true } });
  expect(next.events.some((event) => event.toStatus === "PENDING")).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
