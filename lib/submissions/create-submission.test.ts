import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createSubmission } from "./create-submission";
import { countWrites, imagenetSubmission, loadDemo, makeUser, row } from "./test-fixtures";

describe("createSubmission", () => {
  beforeAll(loadDemo);

  it("writes a pending submission with its payload, names, checks and first review event", async () => {
    const user = await makeUser();
    const input = imagenetSubmission([row(["95", "1B"], { modelName: "Leap" })]);
    const { id, checks } = await createSubmission(user.id, input);
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id }, include: { events: true, benchmark: true } });
    expect(stored).toMatchObject({
      kind: "NEW_RESULTS",
      status: "PENDING",
      submitterId: user.id,
      taskName: "Image Classification",
      datasetName: "ImageNet",
      hasWarnings: true,
      benchmark: { slug: "image-classification-on-imagenet" },
    });
    expect(stored.checks).toEqual(checks);
    expect(checks.map((c) => c.kind)).toEqual(["implausible_jump"]);
    expect(stored.events).toMatchObject([{ actorId: user.id, fromStatus: null, toStatus: "PENDING" }]);
  });

  it("turns a bare arXiv id into the paper's address and fills in a known paper's details", async () => {
    const user = await makeUser();
    const { id } = await createSubmission(user.id, imagenetSubmission(undefined, { ref: "arXiv:1512.03385v2" }));
    const { payload } = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(payload).toMatchObject({
      paper: {
        ref: "https://arxiv.org/abs/1512.03385",
        title: "Deep Residual Learning for Image Recognition",
        authors: "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun",
        publishedAt: "2015-12-10",
      },
    });
  });

  it("names a subset's dataset as 'COCO / test-dev' and keeps a proposed benchmark's names", async () => {
    const user = await makeUser();
    const coco = await createSubmission(user.id, {
      ...imagenetSubmission([row(["41.0"])], { ref: "https://arxiv.org/abs/1708.02002" }),
      benchmark: { task: "object detection", dataset: "coco", subset: "test-dev", metrics: [{ name: "box AP", direction: "HIGHER_IS_BETTER", unit: "" }] },
    });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: coco.id } })).toMatchObject({
      taskName: "Object Detection",
      datasetName: "COCO / test-dev",
    });
    const proposed = await createSubmission(user.id, {
      ...imagenetSubmission([row(["12.5"])]),
      benchmark: { task: "Counting Sheep", dataset: "Sheep-1k", subset: "", metrics: [{ name: "MAE", direction: "LOWER_IS_BETTER", unit: "" }] },
    });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: proposed.id } })).toMatchObject({
      benchmarkId: null,
      taskName: "Counting Sheep",
      datasetName: "Sheep-1k",
    });
  });

  it("refuses an anonymous caller and a deleted account, writing nothing", async () => {
    const before = await countWrites();
    await expect(createSubmission(null, imagenetSubmission())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createSubmission("no-such-user", imagenetSubmission())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await countWrites()).toEqual(before);
  });

  it("refuses a value that is not a number, naming the field, and writes nothing", async () => {
    const user = await makeUser();
    const before = await countWrites();
    await expect(createSubmission(user.id, imagenetSubmission([row(["80.1", "25M"]), row(["about eighty", ""])]))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { "rows.1.values.0": [expect.stringContaining("Not a number")] },
    });
    expect(await countWrites()).toEqual(before);
  });

  it("asks for an unknown paper's title, authors and date, and for a readable reference", async () => {
    const user = await makeUser();
    const before = await countWrites();
    await expect(createSubmission(user.id, imagenetSubmission(undefined, { ref: "https://arxiv.org/abs/2401.09999" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { "paper.title": [expect.any(String)], "paper.authors": [expect.any(String)], "paper.publishedAt": [expect.any(String)] },
    });
    await expect(createSubmission(user.id, imagenetSubmission(undefined, { ref: "the ResNet paper", title: "ResNet" }))).rejects.toMatchObject({
      fieldErrors: { "paper.ref": [expect.stringContaining("arXiv id")] },
    });
    expect(await countWrites()).toEqual(before);
    const { id } = await createSubmission(
      user.id,
      imagenetSubmission(undefined, { ref: "https://arxiv.org/abs/2401.09999", title: "A New Paper", authors: "Ada Lovelace", publishedAt: "2024-01-17" }),
    );
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(stored.checks).toContainEqual(expect.objectContaining({ kind: "new_paper", severity: "note" }));
    expect(stored.hasWarnings).toBe(false);
  });

  it("refuses rows whose values do not match the metrics, and more than 25 rows", async () => {
    const user = await makeUser();
    await expect(createSubmission(user.id, imagenetSubmission([row(["80.1"])]))).rejects.toMatchObject({
      fieldErrors: { "rows.0.values": ["One value per metric"] },
    });
    const many = Array.from({ length: 26 }, () => row(["80", "1M"]));
    await expect(createSubmission(user.id, imagenetSubmission(many))).rejects.toMatchObject({ fieldErrors: { rows: [expect.stringContaining("At most 25")] } });
  });
});
