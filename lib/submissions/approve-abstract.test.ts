import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { decideSubmission } from "./decisions/decide-submission";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

describe("the abstract given on the form", () => {
  beforeEach(resetDatabase);

  it("is stored on a paper the approval adds to the catalogue", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const fixture = await createTestBenchmark();
    const submission = await createNewResultsSubmission({
      submitterId: submitter.id,
      benchmark: {
        task: fixture.task.name,
        dataset: fixture.dataset.name,
        subset: "",
        metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
      },
      paper: {
        ref: "https://arxiv.org/abs/1409.1556",
        title: "Very Deep Convolutional Networks for Large-Scale Image Recognition",
        authors: "Karen Simonyan, Andrew Zisserman",
        publishedAt: "2014-09-04",
        abstract: "In this work we investigate the effect of the convolutional network depth on its accuracy.",
      },
      rows: [resultRow("VGG-16", ["92.7%"])],
      comment: "",
    });
    await decideSubmission(moderator.id, { decision: "approve", submissionId: submission.id });
    const paper = await prisma.paper.findFirstOrThrow({ where: { arxivId: "1409.1556" }, select: { abstract: true, title: true } });
    expect(paper).toEqual({
      title: "Very Deep Convolutional Networks for Large-Scale Image Recognition",
      abstract: "In this work we investigate the effect of the convolutional network depth on its accuracy.",
    });
  });
});
