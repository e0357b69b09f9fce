import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { retractResult } from "@/lib/submissions/decisions/retract-result";
import { resultsOfSubmission } from "@/lib/submissions/submission-results";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { findInconsistencies } from "./consistency";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

/** A submission to a fresh benchmark, PENDING, as the form writes it. */
async function pendingSubmission(submitterId: string, modelName: string) {
  const fixture = await createTestBenchmark();
  return createNewResultsSubmission({
    submitterId,
    benchmark: {
      task: fixture.task.name,
      dataset: fixture.dataset.name,
      subset: "",
      metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
    },
    paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
    rows: [resultRow(modelName, ["91.5"])],
    comment: "",
  });
}

describe("findInconsistencies", () => {
  beforeEach(resetDatabase);

  it("finds nothing after the loop's own steps: submit, approve, reject, retract", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const approved = await pendingSubmission(submitter.id, "Kept");
    const rejected = await pendingSubmission(submitter.id, "Refused");
    const retracted = await pendingSubmission(submitter.id, "Withdrawn later");
    await pendingSubmission(submitter.id, "Waiting");
    await decideSubmission(moderator.id, { submissionId: approved.id, decision: "approve" });
    await decideSubmission(moderator.id, { submissionId: rejected.id, decision: "reject", reason: "Not in the paper." });
    await decideSubmission(moderator.id, { submissionId: retracted.id, decision: "approve" });
    const result = await prisma.result.findFirstOrThrow({ where: { sourceKey: resultsOfSubmission(retracted.id) } });
    await retractResult(moderator.id, { resultId: result.id, reason: "The paper was withdrawn." });

    expect(await findInconsistencies()).toEqual([]);
  });

  it("names a submission left without its review event, or approved without its results", async () => {
    const submitter = await createTestUser();
    const lost = await pendingSubmission(submitter.id, "Lost event");
    const unpublished = await pendingSubmission(submitter.id, "Never published");
    await prisma.reviewEvent.deleteMany({ where: { submissionId: lost.id } });
    await prisma.submission.update({ where: { id: unpublished.id }, data: { status: "APPROVED" } });

    expect(await findInconsistencies()).toEqual([
      { rule: "submissions without a review event", rows: 1 },
      { rule: "submissions in another state than their last review event", rows: 1 },
      { rule: "approved new results that were not published", rows: 1 },
    ]);
  });

  it("names a published result whose submission is not approved", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const submission = await pendingSubmission(submitter.id, "Published");
    await decideSubmission(moderator.id, { submissionId: submission.id, decision: "approve" });
    await prisma.reviewEvent.create({
      data: { submissionId: submission.id, actorId: moderator.id, fromStatus: "APPROVED", toStatus: "PENDING", createdAt: new Date(Date.now() + 1000) },
    });
    await prisma.submission.update({ where: { id: submission.id }, data: { status: "PENDING" } });

    expect(await findInconsistencies()).toEqual([{ rule: "results of a submission that is not approved", rows: 1 }]);
  });
});
