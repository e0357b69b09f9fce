import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { canonicalJson, snapshotContent } from "@/lib/citations/canonical";
import { getLeaderboard } from "@/lib/data/leaderboards";
import { getLeaderboardAsOf, readRowsAsOf } from "@/lib/data/leaderboard-as-of";
import { EvaluationResultsParams } from "@/lib/api/params";
import { readEvaluationResults } from "@/lib/api/read/results";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { retractResult } from "@/lib/submissions/decisions/retract-result";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createEditSubmission, createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { appearedAt, endOfDay, rowsAsOf, type HistoricResult } from "./as-of";

// Outside a Next.js server there is no page cache: the reads run as they are.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

/** The instant just after everything so far, and the board as it is at that instant. */
async function mark(slug: string) {
  await tick();
  const at = new Date();
  const board = (await getLeaderboard(slug))!;
  await tick();
  return { at, content: canonicalJson(snapshotContent(board, "day")) };
}

describe("a leaderboard as of an instant", () => {
  beforeEach(resetDatabase);

  it("equals the board as it was at each of several instants: after a new result, an edit and a retraction", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const fixture = await createTestBenchmark();
    const slug = fixture.benchmark.slug;
    const before = new Date(Date.now() - 1000);
    const marks = [await mark(slug)];

    const added = await createNewResultsSubmission({
      submitterId: submitter.id,
      benchmark: {
        task: fixture.task.name,
        dataset: fixture.dataset.name,
        subset: "",
        metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
      },
      paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
      rows: [resultRow("Newcomer", ["85"])],
      comment: "",
    });
    const { resultIds } = await decideSubmission(moderator.id, { decision: "approve", submissionId: added.id });
    marks.push(await mark(slug));

    const edit = await createEditSubmission({
      submitterId: submitter.id,
      resultId: fixture.results[1].id,
      row: resultRow("Model 2", ["70"]),
      comment: "Table 3 says 70.",
    });
    await decideSubmission(moderator.id, { decision: "approve", submissionId: edit.id });
    marks.push(await mark(slug));

    await retractResult(moderator.id, { resultId: resultIds[0], reason: "Validation split." });
    marks.push(await mark(slug));

    for (const { at, content } of marks) {
      const board = (await getLeaderboardAsOf(slug, at))!;
      expect(canonicalJson(snapshotContent(board, "day"))).toBe(content);
    }
    // The four boards differ: each step changed what the board shows.
    expect(new Set(marks.map((entry) => entry.content)).size).toBe(4);
    // The retracted result shows on the boards before its retraction, the approved one not before its approval.
    const names = async (at: Date) => (await readRowsAsOf(fixture.benchmark.id, at)).map((row) => row.modelName).sort();
    expect(await names(marks[2].at)).toEqual(["Model 1", "Model 2", "Newcomer"]);
    expect(await names(marks[3].at)).toEqual(["Model 1", "Model 2"]);
    expect(await names(before)).toEqual([]);
  });

  it("serves the API's evaluation results as of a day in the v1 shape", async () => {
    const fixture = await createTestBenchmark([{ name: "Accuracy", direction: "HIGHER_IS_BETTER" }], [80, 90]);
    await prisma.result.update({ where: { id: fixture.results[0].id }, data: { createdAt: new Date("2021-01-10T00:00:00Z") } });
    await prisma.result.update({ where: { id: fixture.results[1].id }, data: { createdAt: new Date("2021-09-10T00:00:00Z") } });
    const window = { page: 1, itemsPerPage: 50, skip: 0, take: 50 };
    const then = await readEvaluationResults(fixture.benchmark.slug, window, { asOf: "2021-06-30" });
    const now = await readEvaluationResults(fixture.benchmark.slug, window);
    expect(then?.results.map((result) => [result.methodology, result.best_rank, result.metrics])).toEqual([["Model 1", 1, { Accuracy: "80" }]]);
    expect(now?.results.map((result) => result.methodology)).toEqual(["Model 2", "Model 1"]);
    expect(Object.keys(then!.results[0]).sort()).toEqual(Object.keys(now!.results[0]).sort());
    expect(EvaluationResultsParams.safeParse({ as_of: "2021-13-01" }).success).toBe(false);
    expect(EvaluationResultsParams.parse({ as_of: "2021-06-30" }).as_of).toBe("2021-06-30");
  });
});

describe("rowsAsOf", () => {
  const row = (id: string, evaluatedAt: string | null = null) => ({
    id,
    modelName: id,
    paper: null,
    codeUrl: null,
    evaluatedAt,
    usesExtraData: false,
    extraData: "",
    evidence: "",
    source: "PWC_ARCHIVE" as const,
    submittedBy: null,
    approvedBy: null,
    approvedAt: null,
    values: [{ metricId: "m", raw: "1", value: 1, uncertainty: null }],
  });
  const historic = (id: string, fields: Partial<HistoricResult> = {}, evaluatedAt: string | null = null): HistoricResult => ({
    row: row(id, evaluatedAt),
    paperId: null,
    status: "PUBLISHED",
    source: "PWC_ARCHIVE",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    revisions: [],
    ...fields,
  });

  it("dates an archive row by its evaluation, and counts a whole day as of that day", () => {
    expect(appearedAt(historic("a", {}, "2020-05-01T00:00:00.000Z"))).toBe(Date.parse("2020-05-01T00:00:00Z"));
    expect(endOfDay("2021-06-30").toISOString()).toBe("2021-06-30T23:59:59.999Z");
    const rows = rowsAsOf([historic("a", {}, "2021-06-30T00:00:00.000Z"), historic("b", {}, "2021-07-01T00:00:00.000Z")], endOfDay("2021-06-30"), new Map());
    expect(rows.map((entry) => entry.id)).toEqual(["a"]);
  });

  it("leaves out a row retracted with no record of when", () => {
    expect(rowsAsOf([historic("a", { status: "RETRACTED" }, "2020-01-01T00:00:00.000Z")], new Date("2025-01-01"), new Map())).toEqual([]);
  });
});
