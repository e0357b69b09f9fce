import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { CreateSubmission } from "@/lib/validations/submission";
import { createSubmission } from "./create-submission";
import { proposeResultEdit } from "./propose-result-edit";
import { recordTransition } from "./decisions/record-transition";
import { resubmitSubmission } from "./resubmit-submission";
import { countWrites, demoResult, imagenetSubmission, loadDemo, makeUser, row } from "./test-fixtures";

async function sentBack(input: CreateSubmission) {
  const [user, moderator] = [await makeUser(), await makeUser("MODERATOR")];
  const { id } = await createSubmission(user.id, input);
  await prisma.$transaction((tx) => recordTransition(tx, { submissionId: id, transition: "request_changes", actor: moderator, reason: "Check row 1" }));
  return { user, id };
}

describe("resubmitSubmission", () => {
  beforeAll(loadDemo);

  it("replaces the payload, computes the checks again and moves the submission back to pending", async () => {
    const { user, id } = await sentBack(imagenetSubmission([row(["101", "1B"], { modelName: "Typo" })]));
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).hasWarnings).toBe(true);
    const fixed = imagenetSubmission([row(["81.0", "1B"], { modelName: "Typo" })]);
    const { checks } = await resubmitSubmission(user.id, id, { ...fixed, comment: "Fixed the value: 81.0, Table 2." });
    expect(checks).toEqual([]);
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(stored).toMatchObject({ status: "PENDING", hasWarnings: false, checks: [], comment: "Fixed the value: 81.0, Table 2." });
    expect(stored.payload).toMatchObject({ rows: [{ modelName: "Typo", values: ["81.0", "1B"] }] });
    expect(stored.events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "PENDING"],
      ["PENDING", "CHANGES_REQUESTED"],
      ["CHANGES_REQUESTED", "PENDING"],
    ]);
    // The replaced version stays with the resubmission's event, for the moderator's diff.
    expect(stored.events[2].previousPayload).toMatchObject({ rows: [{ modelName: "Typo", values: ["101", "1B"] }] });
  });

  it("refuses invalid input, another user, and a submission not waiting for changes, changing nothing", async () => {
    const { user, id } = await sentBack(imagenetSubmission());
    const other = await makeUser();
    const before = await countWrites();
    await expect(resubmitSubmission(user.id, id, imagenetSubmission([row(["eighty", ""])]))).rejects.toMatchObject({
      fieldErrors: { "rows.0.values.0": [expect.stringContaining("Not a number")] },
    });
    await expect(resubmitSubmission(other.id, id, imagenetSubmission())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resubmitSubmission(null, id, imagenetSubmission())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await countWrites()).toEqual(before);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe("CHANGES_REQUESTED");

    const pending = await createSubmission(user.id, imagenetSubmission());
    await expect(resubmitSubmission(user.id, pending.id, imagenetSubmission())).rejects.toMatchObject({ code: "ALREADY_DECIDED" });
  });

  it("resubmits an edit of a result with the edit's schema, keeping it on the same result", async () => {
    const [user, moderator] = [await makeUser(), await makeUser("MODERATOR")];
    const result = await demoResult("ESIM");
    const edit = { resultId: result.id, row: row(["88.1"], { modelName: "ESIM", evidence: "Table 1" }), comment: "Table 1 says 88.1" };
    const { id } = await proposeResultEdit(user.id, edit);
    await prisma.$transaction((tx) => recordTransition(tx, { submissionId: id, transition: "request_changes", actor: moderator, reason: "Which table?" }));
    const other = await demoResult("HIM (ESIM + syntactic tree-LSTM)");
    await expect(resubmitSubmission(user.id, id, { ...edit, resultId: other.id })).rejects.toMatchObject({ fieldErrors: { resultId: [expect.any(String)] } });
    await resubmitSubmission(user.id, id, { ...edit, comment: "Table 1, single model: 88.1" });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      comment: "Table 1, single model: 88.1",
      targetResultId: result.id,
    });
  });
});
