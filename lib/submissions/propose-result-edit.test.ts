import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { proposeResultEdit } from "./propose-result-edit";
import { resultAsRow } from "./result-row";
import { countWrites, demoResult, loadDemo, makeUser, row } from "./test-fixtures";

const esimRow = (values: string[], fields = {}) => row(values, { modelName: "ESIM", evidence: "Table 1", ...fields });

describe("proposeResultEdit", () => {
  beforeAll(loadDemo);

  it("puts the edit in the queue with its target, names and checks, and leaves the published result alone", async () => {
    const user = await makeUser();
    const result = await demoResult("ESIM");
    const { id } = await proposeResultEdit(user.id, { resultId: result.id, row: esimRow(["101"]), comment: "Typo in the archive" });
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(stored).toMatchObject({
      kind: "EDIT_RESULT",
      status: "PENDING",
      targetResultId: result.id,
      benchmarkId: result.benchmarkId,
      taskName: "Natural Language Inference",
      datasetName: "SNLI",
      comment: "Typo in the archive",
      hasWarnings: true,
    });
    expect(stored.checks).toEqual([expect.objectContaining({ kind: "value_out_of_range" })]);
    expect(stored.payload).toMatchObject({ resultId: result.id, row: { values: ["101"] } });
    expect(stored.events).toHaveLength(1);
    expect((await demoResult("ESIM")).values[0].raw).toBe("88.0");
  });

  it("refuses an edit that changes nothing, values that do not match the metrics, a missing comment, writing nothing", async () => {
    const user = await makeUser();
    const result = await demoResult("ESIM");
    const before = await countWrites();
    const metricIds = (await prisma.metric.findMany({ where: { benchmarkId: result.benchmarkId }, orderBy: { position: "asc" } })).map((m) => m.id);
    const unchanged = resultAsRow(result, metricIds);
    await expect(proposeResultEdit(user.id, { resultId: result.id, row: unchanged, comment: "Same" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("Nothing differs"),
    });
    await expect(proposeResultEdit(user.id, { resultId: result.id, row: esimRow(["88.1", "2"]), comment: "Two" })).rejects.toMatchObject({
      fieldErrors: { "row.values": [expect.any(String)] },
    });
    await expect(proposeResultEdit(user.id, { resultId: result.id, row: esimRow(["88.1"]), comment: "" })).rejects.toMatchObject({
      fieldErrors: { comment: [expect.any(String)] },
    });
    expect(await countWrites()).toEqual(before);
  });

  it("refuses anonymous callers, unknown and retracted results", async () => {
    const user = await makeUser();
    const result = await demoResult("100d LSTM encoders");
    const edit = { resultId: result.id, row: esimRow(["77.7"], { modelName: "100d LSTM encoders" }), comment: "Fix" };
    const before = await countWrites();
    await expect(proposeResultEdit(null, edit)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(proposeResultEdit(user.id, { ...edit, resultId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.result.update({ where: { id: result.id }, data: { status: "RETRACTED", retractedReason: "Wrong split" } });
    await expect(proposeResultEdit(user.id, edit)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countWrites()).toEqual(before);
  });
});
