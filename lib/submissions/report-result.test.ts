import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { decideSubmission } from "./decisions/decide-submission";
import { reportResult } from "./report-result";
import { countWrites, demoResult, loadDemo, makeUser } from "./test-fixtures";

// Outside a Next.js server there is no cache to expire.
vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

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
    await expect(reportResult(user.id, { resultId: result.id, reason: "wrong" })).rejects.toMatchObject({
      fieldErrors: { reason: [expect.stringContaining("at least 10")] },
    });
    await expect(reportResult(null, { resultId: result.id, reason: "This is wrong somehow." })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(reportResult(user.id, { resultId: "missing", reason: "This is wrong somehow." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countWrites()).toEqual(before);
  });

  it("retracts on approval for the moderator's own reason, never the reporter's words; without one, refuses and writes nothing", async () => {
    const [reporter, moderator] = [await makeUser(), await makeUser("MODERATOR")];
    const result = await demoResult("Transformer (big)");
    const report = "The reporter thinks this is on newstest2013.";
    const { id } = await reportResult(reporter.id, { resultId: result.id, reason: report });
    const before = await countWrites();
    await expect(decideSubmission(moderator.id, { submissionId: id, decision: "approve", reason: "  " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await countWrites()).toEqual(before);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");

    const reason = "Checked against the paper's Table 2: evaluated on newstest2013.";
    await decideSubmission(moderator.id, { submissionId: id, decision: "approve", reason });
    expect(await prisma.result.findUniqueOrThrow({ where: { id: result.id }, include: { revisions: true } })).toMatchObject({
      status: "RETRACTED",
      retractedReason: reason,
      revisions: [{ change: "RETRACTED", reason, actorId: moderator.id, submissionId: id }],
    });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", reason, comment: report });
  });
});
