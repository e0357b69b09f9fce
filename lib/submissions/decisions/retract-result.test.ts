import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { decideSubmission } from "./decide-submission";
import { retractResult } from "./retract-result";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

describe("retractResult", () => {
  beforeEach(resetDatabase);

  it("takes a result off its leaderboard with the reason, keeps its history and retracts its submission", async () => {
    const [submitter, approver, moderator] = [await createTestUser(), await createTestUser("ADMIN"), await createTestUser("MODERATOR")];
    const fixture = await createTestBenchmark();
    const submission = await createNewResultsSubmission({
      submitterId: submitter.id,
      benchmark: {
        task: fixture.task.name,
        dataset: fixture.dataset.name,
        subset: "",
        metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
      },
      paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
      rows: [resultRow("Too Good", ["99.9"])],
      comment: "",
    });
    const { resultIds } = await decideSubmission(approver.id, { submissionId: submission.id, decision: "approve" });

    await expect(retractResult(moderator.id, { resultId: resultIds[0], reason: " " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const outcome = await retractResult(moderator.id, { resultId: resultIds[0], reason: "Trained on the test set." });
    expect(outcome).toMatchObject({ benchmarkSlug: fixture.benchmark.slug, creatingSubmissionId: submission.id });

    const result = await prisma.result.findUniqueOrThrow({ where: { id: resultIds[0] }, include: { revisions: true, values: true } });
    expect(result).toMatchObject({ status: "RETRACTED", retractedReason: "Trained on the test set." });
    expect(result.values).toHaveLength(1);
    expect(result.revisions).toMatchObject([{ change: "RETRACTED", reason: "Trained on the test set.", actorId: moderator.id }]);
    const creating = await prisma.submission.findUniqueOrThrow({ where: { id: submission.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(creating).toMatchObject({ status: "RETRACTED", reason: "Trained on the test set.", decidedById: moderator.id });
    expect(creating.events.map((event) => event.toStatus)).toEqual(["PENDING", "APPROVED", "RETRACTED"]);

    await expect(retractResult(moderator.id, { resultId: resultIds[0], reason: "Again." })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a plain user and leaves the result published", async () => {
    const user = await createTestUser();
    const fixture = await createTestBenchmark();
    await expect(retractResult(user.id, { resultId: fixture.results[0].id, reason: "I do not like it." })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.result.findUniqueOrThrow({ where: { id: fixture.results[0].id } })).status).toBe("PUBLISHED");
  });
});
