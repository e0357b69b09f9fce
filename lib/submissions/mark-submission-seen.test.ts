import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { countUnreadDecisions } from "@/lib/data/submissions";
import { createSubmission } from "./create-submission";
import { markSubmissionSeen } from "./mark-submission-seen";
import { previewChecks } from "./checks/preview-checks";
import { recordTransition } from "./decisions/record-transition";
import { countWrites, imagenetSubmission, loadDemo, makeUser, row } from "./test-fixtures";

beforeAll(loadDemo);

describe("unread decisions", () => {
  it("counts a decision as unread until its submitter opens it; a new decision is unread again", async () => {
    const [user, other, moderator] = [await makeUser(), await makeUser(), await makeUser("MODERATOR")];
    const { id } = await createSubmission(user.id, imagenetSubmission());
    expect(await markSubmissionSeen(user.id, id)).toBe(false);
    expect(await countUnreadDecisions(user.id)).toBe(0);

    await prisma.$transaction((tx) => recordTransition(tx, { submissionId: id, transition: "request_changes", actor: moderator, reason: "Which table?" }));
    expect(await countUnreadDecisions(user.id)).toBe(1);
    expect(await markSubmissionSeen(other.id, id)).toBe(false);
    expect(await markSubmissionSeen(user.id, id)).toBe(true);
    expect(await countUnreadDecisions(user.id)).toBe(0);
  });
});

describe("previewChecks", () => {
  it("answers the checks of the form as it stands and writes nothing; anonymous callers are refused", async () => {
    const user = await makeUser();
    const before = await countWrites();
    expect((await previewChecks(user.id, imagenetSubmission([row(["-3", "1M"])]))).map((c) => c.kind)).toEqual(["value_out_of_range"]);
    await expect(previewChecks(null, imagenetSubmission())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(previewChecks(user.id, imagenetSubmission([row(["n/a", ""])]))).rejects.toMatchObject({
      fieldErrors: { "rows.0.values.0": [expect.any(String)] },
    });
    expect(await countWrites()).toEqual(before);
  });
});
