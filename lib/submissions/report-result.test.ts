import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { reportResult } from "./report-result";
import { countWrites, demoResult, loadDemo, makeUser } from "./test-fixtures";

describe("reportResult", () => {
  beforeAll(loadDemo);

  it("puts the report in the queue with the reason as its comment", async () => {
    const user = await makeUser();
    const result = await demoResult("Transformer (base)");
    const reason = "This number is on newstest2013, not 2014.";
    const { id } = await reportResult(user.id, { resultId: result.id, reason });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id }, include: { events: true } })).toMatchObject({
      kind: "REPORT_RESULT",
      status: "PENDING",
      targetResultId: result.id,
      taskName: "Machine Translation",
      datasetName: "WMT2014 English-German",
      comment: reason,
      payload: { resultId: result.id, reason },
      events: [{ actorId: user.id, toStatus: "PENDING" }],
    });
    expect((await demoResult("Transformer (base)")).status).toBe("PUBLISHED");
  });

  it("refuses a reason too short, anonymous callers and unknown results, writing nothing", async () => {
    const user = await makeUser();
    const result = await demoResult("Transformer (base)");
    const before = await countWrites();
    await expect(reportResult(user.id, { resultId: result.id, reason: "wrong" })).rejects.toMatchObject({ fieldErrors: { reason: [expect.stringContaining("at least 10")] } });
    await expect(reportResult(null, { resultId: result.id, reason: "This is wrong somehow." })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(reportResult(user.id, { resultId: "missing", reason: "This is wrong somehow." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countWrites()).toEqual(before);
  });
});
