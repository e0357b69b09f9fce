import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createSubmission } from "./create-submission";
import { recordTransition } from "./decisions/record-transition";
import { withdrawSubmission } from "./withdraw-submission";
import { countWrites, imagenetSubmission, loadDemo, makeUser } from "./test-fixtures";

describe("withdrawSubmission", () => {
  beforeAll(loadDemo);

  it("lets the submitter take back a pending submission, with its review event", async () => {
    const user = await makeUser();
    const { id } = await createSubmission(user.id, imagenetSubmission());
    await withdrawSubmission(user.id, id);
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.events.at(-1)).toMatchObject({ actorId: user.id, fromStatus: "PENDING", toStatus: "WITHDRAWN" });
  });

  it("refuses anonymous callers, other users and a decided submission, changing nothing", async () => {
    const [user, other, moderator] = [await makeUser(), await makeUser(), await makeUser("MODERATOR")];
    const { id } = await createSubmission(user.id, imagenetSubmission());
    const before = await countWrites();
    await expect(withdrawSubmission(null, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(withdrawSubmission(other.id, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawSubmission(user.id, "no-such-submission")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countWrites()).toEqual(before);
    await prisma.$transaction((tx) => recordTransition(tx, { submissionId: id, transition: "reject", actor: moderator, reason: "No" }));
    await expect(withdrawSubmission(user.id, id)).rejects.toMatchObject({ code: "ALREADY_DECIDED" });
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe("REJECTED");
  });
});
