import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createEditSubmission, createNewResultsSubmission, createReportSubmission, resultRow } from "@/lib/test/submission-factory";
import { decideSubmission } from "./decide-submission";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

async function pendingOnExistingBenchmark(submitterId: string, value = "95.5%") {
  const fixture = await createTestBenchmark();
  const submission = await createNewResultsSubmission({
    submitterId,
    benchmark: {
      task: fixture.task.name,
      dataset: fixture.dataset.name,
      subset: "",
      metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
    },
    paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
    rows: [resultRow("Newcomer", [value], { evaluatedAt: "2024-02-03", codeUrl: "https://github.com/example/newcomer" })],
    comment: "",
  });
  return { fixture, submission };
}

const statusOf = async (id: string) => (await prisma.submission.findUniqueOrThrow({ where: { id } })).status;

describe("decideSubmission: approve", () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.mocked(expireTags).mockClear();
  });

  it("refuses a plain user and changes nothing", async () => {
    const [submitter, user] = [await createTestUser(), await createTestUser("USER")];
    const { fixture, submission } = await pendingOnExistingBenchmark(submitter.id);
    await expect(decideSubmission(user.id, { submissionId: submission.id, decision: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideSubmission(null, { submissionId: submission.id, decision: "approve" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await statusOf(submission.id)).toBe("PENDING");
    expect(await prisma.result.count({ where: { benchmarkId: fixture.benchmark.id } })).toBe(2);
    expect(await prisma.reviewEvent.count({ where: { submissionId: submission.id } })).toBe(1);
    expect(expireTags).not.toHaveBeenCalled();
  });

  it("refuses a moderator their own submission", async () => {
    const moderator = await createTestUser("MODERATOR");
    const { submission } = await pendingOnExistingBenchmark(moderator.id);
    await expect(decideSubmission(moderator.id, { submissionId: submission.id, decision: "approve" })).rejects.toMatchObject({ code: "OWN_SUBMISSION" });
    expect(await statusOf(submission.id)).toBe("PENDING");
  });

  it("lets exactly one of two simultaneous approvals win, and tells the other who decided", async () => {
    const [submitter, first, second] = [await createTestUser(), await createTestUser("MODERATOR"), await createTestUser("ADMIN")];
    const { fixture, submission } = await pendingOnExistingBenchmark(submitter.id);
    const outcomes = await Promise.allSettled([
      decideSubmission(first.id, { submissionId: submission.id, decision: "approve" }),
      decideSubmission(second.id, { submissionId: submission.id, decision: "approve" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(refused).toMatchObject({
      reason: { code: "ALREADY_DECIDED", message: expect.stringMatching(/^Already decided by (MODERATOR|ADMIN) \w+: approved on /) },
    });
    expect(await prisma.result.count({ where: { benchmarkId: fixture.benchmark.id, modelName: "Newcomer" } })).toBe(1);
    expect(await prisma.reviewEvent.count({ where: { submissionId: submission.id, toStatus: "APPROVED" } })).toBe(1);
  });

  it("publishes a row on an existing benchmark with its parsed value, provenance and the pages to refresh", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const { fixture, submission } = await pendingOnExistingBenchmark(submitter.id, "95.5 ± 0.2%");
    const outcome = await decideSubmission(moderator.id, { submissionId: submission.id, decision: "approve" });
    expect(outcome).toMatchObject({ status: "APPROVED", benchmarkSlug: fixture.benchmark.slug, resultIds: [expect.any(String)] });
    const result = await prisma.result.findUniqueOrThrow({ where: { id: outcome.resultIds[0] }, include: { values: true } });
    expect(result).toMatchObject({
      benchmarkId: fixture.benchmark.id,
      paperId: fixture.paper.id,
      source: "SUBMISSION",
      status: "PUBLISHED",
      submittedById: submitter.id,
      approvedById: moderator.id,
      evidence: "Table 2",
      codeUrl: "https://github.com/example/newcomer",
      evaluatedAt: new Date("2024-02-03T00:00:00Z"),
    });
    expect(result.approvedAt).toBeInstanceOf(Date);
    expect(result.values).toMatchObject([{ metricId: fixture.metrics[0].id, raw: "95.5 ± 0.2%", value: 95.5, uncertainty: 0.2 }]);
    expect(expireTags).toHaveBeenCalledWith(
      expect.arrayContaining([
        "results",
        `benchmark:${fixture.benchmark.id}`,
        `task:${fixture.task.id}`,
        `dataset:${fixture.dataset.id}`,
        `paper:${fixture.paper.id}`,
      ]),
    );
    expect(vi.mocked(expireTags).mock.calls.flat(2), "a known paper: its search text stays").not.toContain("paper-text");
  });

  it("creates the task, dataset, subset, benchmark, metrics and paper a submission proposes", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("ADMIN")];
    const submission = await createNewResultsSubmission({
      submitterId: submitter.id,
      benchmark: {
        task: "Whale Song Transcription",
        dataset: "Ocean Voices",
        subset: "test-clean",
        metrics: [
          { name: "WER", direction: "LOWER_IS_BETTER", unit: "%" },
          { name: "Params", direction: "NOT_RANKED", unit: "count" },
        ],
      },
      paper: {
        ref: "https://arxiv.org/abs/2403.01234",
        title: "Listening to Whales",
        authors: "Ada Lovelace, Alan Turing and Grace Hopper",
        publishedAt: "2024-03-02",
      },
      rows: [resultRow("Orca-L", ["7.9%", "120M"], { usesExtraData: true, extraData: "Humpback-10k" }), resultRow("Orca-S", ["9.1%", ""])],
      comment: "First results on this benchmark.",
    });
    const outcome = await decideSubmission(moderator.id, { submissionId: submission.id, decision: "approve" });

    const benchmark = await prisma.benchmark.findUniqueOrThrow({
      where: { slug: outcome.benchmarkSlug! },
      include: {
        task: true,
        dataset: { include: { parent: true } },
        metrics: { orderBy: { position: "asc" } },
        results: { include: { values: true, paper: { include: { authors: { orderBy: { position: "asc" } }, tasks: true, datasets: true } } } },
      },
    });
    expect(benchmark.task.name).toBe("Whale Song Transcription");
    expect(benchmark.dataset).toMatchObject({ name: "test-clean", parent: { name: "Ocean Voices" } });
    expect(benchmark.metrics).toMatchObject([
      { name: "WER", direction: "LOWER_IS_BETTER", unit: "%", isDirectionReviewed: true },
      { name: "Params", direction: "NOT_RANKED", unit: "count" },
    ]);
    const [orcaL, orcaS] = ["Orca-L", "Orca-S"].map((name) => benchmark.results.find((result) => result.modelName === name)!);
    expect(orcaL).toMatchObject({ usesExtraData: true, extraData: "Humpback-10k", evaluatedAt: new Date("2024-03-02T00:00:00Z") });
    expect(orcaL.values.map(({ raw, value }) => ({ raw, value })).sort((a, b) => a.raw.localeCompare(b.raw))).toEqual([
      { raw: "120M", value: 120_000_000 },
      { raw: "7.9%", value: 7.9 },
    ]);
    expect(orcaS.values).toHaveLength(1);
    const paper = orcaL.paper!;
    expect(paper).toMatchObject({ title: "Listening to Whales", arxivId: "2403.01234", publishedAt: new Date("2024-03-02T00:00:00Z") });
    expect(paper.authors.map((author) => author.name)).toEqual(["Ada Lovelace", "Alan Turing", "Grace Hopper"]);
    expect(paper.tasks.map((task) => task.id)).toEqual([benchmark.taskId]);
    expect(paper.datasets.map((dataset) => dataset.id)).toEqual([benchmark.datasetId]);
    expect(expireTags, "a new paper: the papers' search hits end").toHaveBeenCalledWith(expect.arrayContaining(["results", "paper-text", `paper:${paper.id}`]));
    expect(expireTags).toHaveBeenCalledWith(expect.arrayContaining([`dataset:${benchmark.dataset.parentId}`, `paper:${paper.id}`]));
  });

  it("replaces a published row on an approved edit and keeps the old version as a revision", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const fixture = await createTestBenchmark();
    const target = fixture.results[0];
    const submission = await createEditSubmission({
      submitterId: submitter.id,
      resultId: target.id,
      row: resultRow("Model 1 (fixed)", ["81.25%"], { evidence: "Table 3" }),
      comment: "Table 3 of the camera-ready says 81.25.",
    });
    await decideSubmission(moderator.id, { submissionId: submission.id, decision: "approve" });

    const edited = await prisma.result.findUniqueOrThrow({ where: { id: target.id }, include: { values: true, revisions: true } });
    expect(edited).toMatchObject({ modelName: "Model 1 (fixed)", evidence: "Table 3", status: "PUBLISHED" });
    expect(edited.values).toMatchObject([{ raw: "81.25%", value: 81.25 }]);
    expect(edited.revisions).toMatchObject([
      {
        change: "EDITED",
        actorId: moderator.id,
        submissionId: submission.id,
        reason: "Table 3 of the camera-ready says 81.25.",
        snapshot: { modelName: "Model 1", values: [{ raw: "80", value: 80 }] },
      },
    ]);
  });

  it("retracts a reported result when the report is approved, for the moderator's reason, and the submission that created it", async () => {
    const [submitter, reporter, moderator, other] = [
      await createTestUser(),
      await createTestUser(),
      await createTestUser("MODERATOR"),
      await createTestUser("ADMIN"),
    ];
    const { submission: creating } = await pendingOnExistingBenchmark(submitter.id);
    const { resultIds } = await decideSubmission(other.id, { submissionId: creating.id, decision: "approve" });
    const report = await createReportSubmission({
      submitterId: reporter.id,
      resultId: resultIds[0],
      reason: "The paper reports this number on the validation set.",
    });
    await expect(decideSubmission(moderator.id, { submissionId: report.id, decision: "approve" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await decideSubmission(moderator.id, { submissionId: report.id, decision: "approve", reason: "Table 4 is the validation split." });

    const result = await prisma.result.findUniqueOrThrow({ where: { id: resultIds[0] }, include: { revisions: true } });
    expect(result).toMatchObject({ status: "RETRACTED", retractedReason: "Table 4 is the validation split." });
    expect(result.revisions).toMatchObject([
      { change: "RETRACTED", reason: "Table 4 is the validation split.", actorId: moderator.id, submissionId: report.id },
    ]);
    expect(await statusOf(report.id)).toBe("APPROVED");
    expect(await statusOf(creating.id)).toBe("RETRACTED");
  });
});

describe("decideSubmission: reject and request changes", () => {
  beforeEach(resetDatabase);

  it("need a reason, and record it for the submitter", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const { submission } = await pendingOnExistingBenchmark(submitter.id);
    await expect(decideSubmission(moderator.id, { submissionId: submission.id, decision: "reject", reason: "  " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(decideSubmission(moderator.id, { submissionId: submission.id, decision: "request_changes", reason: "" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await statusOf(submission.id)).toBe("PENDING");

    await decideSubmission(moderator.id, { submissionId: submission.id, decision: "request_changes", reason: "Which table is this from?" });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      status: "CHANGES_REQUESTED",
      reason: "Which table is this from?",
      decidedById: moderator.id,
    });
  });

  it("refuse a plain user", async () => {
    const [submitter, user] = [await createTestUser(), await createTestUser()];
    const { submission } = await pendingOnExistingBenchmark(submitter.id);
    await expect(decideSubmission(user.id, { submissionId: submission.id, decision: "reject", reason: "No." })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(submission.id)).toBe("PENDING");
  });
});
