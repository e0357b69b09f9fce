import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { decideSubmissions } from "./decide-submissions";
import { decideSubmission } from "./decide-submission";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

async function threePending(submitterId: string) {
  const fixture = await createTestBenchmark();
  const submissions = [];
  for (const model of ["A", "B", "C"]) {
    submissions.push(
      await createNewResultsSubmission({
        submitterId,
        benchmark: {
          task: fixture.task.name,
          dataset: fixture.dataset.name,
          subset: "",
          metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
        },
        paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
        rows: [resultRow(`Model ${model}`, ["85"])],
        comment: "",
      }),
    );
  }
  return { fixture, ids: submissions.map((submission) => submission.id) };
}

describe("decideSubmissions", () => {
  beforeEach(resetDatabase);

  it("approves each in its own transaction and reports the one already decided without stopping", async () => {
    const [submitter, moderator, other] = [await createTestUser(), await createTestUser("MODERATOR"), await createTestUser("ADMIN")];
    const { fixture, ids } = await threePending(submitter.id);
    await decideSubmission(other.id, { submissionId: ids[1], decision: "reject", reason: "Duplicate of another row." });

    const outcomes = await decideSubmissions(moderator.id, { submissionIds: ids, decision: "approve", reason: "" });
    expect(outcomes).toMatchObject([
      { submissionId: ids[0], ok: true, status: "APPROVED", resultCount: 1 },
      { submissionId: ids[1], ok: false, code: "ALREADY_DECIDED", message: expect.stringContaining("rejected") },
      { submissionId: ids[2], ok: true, status: "APPROVED" },
    ]);
    expect(await prisma.result.count({ where: { benchmarkId: fixture.benchmark.id, source: "SUBMISSION" } })).toBe(2);
  });

  it("rejects with one reason, and refuses without one or for a plain user", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const { ids } = await threePending(submitter.id);
    await expect(decideSubmissions(submitter.id, { submissionIds: ids, decision: "approve", reason: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideSubmissions(moderator.id, { submissionIds: ids, decision: "reject", reason: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.submission.count({ where: { status: "PENDING" } })).toBe(3);

    const outcomes = await decideSubmissions(moderator.id, { submissionIds: ids.slice(0, 2), decision: "reject", reason: "No evidence given." });
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await prisma.submission.findMany({ where: { status: "REJECTED" }, select: { reason: true } })).toEqual([
      { reason: "No evidence given." },
      { reason: "No evidence given." },
    ]);
  });
});
