import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { reviseResult, STORED_RESULT_SELECT } from "@/lib/catalogue/results";
import { createSubmission } from "@/lib/submissions/create-submission";
import { proposeResultEdit } from "@/lib/submissions/propose-result-edit";
import { recordTransition } from "@/lib/submissions/decisions/record-transition";
import { submissionResultKey } from "@/lib/submissions/submission-results";
import { imagenetSubmission, loadDemo, makeUser, row } from "@/lib/submissions/test-fixtures";
import { getResultForCorrection, getResultPage } from "./results";

// Outside a Next.js server there is no page cache: the reads run as they are.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

beforeAll(loadDemo);

describe("getResultPage", () => {
  it("shows a result's values with their ranks, its paper and where it comes from", async () => {
    const { id } = await prisma.result.findFirstOrThrow({ where: { modelName: "Noisy Student (EfficientNet-L2)" } });
    const page = await getResultPage(id);
    expect(page).toMatchObject({
      modelName: "Noisy Student (EfficientNet-L2)",
      source: "DEMO",
      status: "PUBLISHED",
      benchmark: { slug: "image-classification-on-imagenet" },
    });
    expect(page?.metrics.map((m) => [m.name, m.value?.raw, m.rank, m.rankedCount])).toEqual([
      ["Top 1 Accuracy", "88.4", 2, 5],
      ["Number of params", "480M", null, 0],
    ]);
    expect(page?.paper?.title).toBe("Self-training with Noisy Student improves ImageNet classification");
    expect(await getResultPage("no-such-result")).toBeNull();
  });

  it("tells the history: each edit with what it changed, and the approved suggestion behind it", async () => {
    const [user, moderator] = [await makeUser(), await makeUser("MODERATOR")];
    const esim = await prisma.result.findFirstOrThrow({ where: { modelName: "ESIM" }, select: STORED_RESULT_SELECT });
    const { id: submissionId } = await proposeResultEdit(user.id, {
      resultId: esim.id,
      row: { ...row(["88.1"], { modelName: "ESIM", evidence: "Table 1" }) },
      comment: "88.1 in Table 1",
    });
    await prisma.$transaction(async (tx) => {
      await recordTransition(tx, { submissionId, transition: "approve", actor: moderator });
      const values = esim.values.map((value) => ({ ...value, raw: "88.1", value: 88.1 }));
      await reviseResult(tx, esim, { ...esim, values, benchmarkId: "", source: "DEMO" }, { change: "EDITED", actorId: moderator.id, submissionId });
    });
    const page = await getResultPage(esim.id);
    expect(page?.metrics[0].value?.raw).toBe("88.1");
    const [edit, approval, sent] = page!.history;
    expect(edit).toMatchObject({
      type: "revision",
      change: "EDITED",
      actor: "Test MODERATOR",
      changes: [{ label: "% Test Accuracy", before: "88.0", after: "88.1" }],
    });
    expect(approval).toMatchObject({ type: "review", kind: "EDIT_RESULT", toStatus: "APPROVED" });
    expect(sent).toMatchObject({ type: "review", fromStatus: null, toStatus: "PENDING", actor: "Test USER" });
  });

  it("shows the review of the submission that created a submitted result, and keeps pending ones private", async () => {
    const [user, moderator] = [await makeUser(), await makeUser("MODERATOR")];
    const approved = await createSubmission(user.id, imagenetSubmission([row(["80.5", "30M"], { modelName: "Approved net" })]));
    const pending = await createSubmission(user.id, imagenetSubmission([row(["80.6", "30M"], { modelName: "Approved net" })]));
    const benchmark = await prisma.benchmark.findUniqueOrThrow({ where: { slug: "image-classification-on-imagenet" } });
    await prisma.$transaction((tx) => recordTransition(tx, { submissionId: approved.id, transition: "approve", actor: moderator }));
    const result = await prisma.result.create({
      data: {
        benchmarkId: benchmark.id,
        modelName: "Approved net",
        source: "SUBMISSION",
        sourceKey: submissionResultKey(approved.id, 0),
        submittedById: user.id,
        approvedById: moderator.id,
        approvedAt: new Date(),
      },
    });
    const page = await getResultPage(result.id);
    expect(page).toMatchObject({ submittedBy: "Test USER", approvedBy: "Test MODERATOR" });
    expect(page?.history.map((entry) => entry.type === "review" && [entry.submissionId, entry.toStatus])).toEqual([
      [approved.id, "APPROVED"],
      [approved.id, "PENDING"],
    ]);
    expect(page?.history.some((entry) => entry.type === "review" && entry.submissionId === pending.id)).toBe(false);
  });
});

describe("getResultForCorrection", () => {
  it("gives the published row as the edit form holds it, one value per metric in order", async () => {
    const { id } = await prisma.result.findFirstOrThrow({ where: { modelName: "EfficientNet-B7" } });
    const result = await getResultForCorrection(id);
    expect(result?.benchmark.metrics.map((m) => m.name)).toEqual(["Top 1 Accuracy", "Number of params"]);
    expect(result?.row).toMatchObject({ modelName: "EfficientNet-B7", values: ["84.3", "66M"], usesExtraData: false, evidence: "Abstract; Table 2" });
  });
});
