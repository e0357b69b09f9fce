import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/lib/test/reset-database";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordTransition } from "./record-transition";

async function makeUser(role: Role) {
  return prisma.user.create({ data: { email: `${role}-${crypto.randomUUID()}@example.org`, role } });
}

async function makeSubmission(submitterId: string) {
  return prisma.submission.create({ data: { kind: "NEW_RESULTS", submitterId, payload: {}, checks: [] } });
}

describe("recordTransition", () => {
  beforeEach(resetDatabase);

  it("moves a pending submission and records who, from what, to what and why", async () => {
    const [user, moderator] = [await makeUser("USER"), await makeUser("MODERATOR")];
    const submission = await makeSubmission(user.id);
    await prisma.$transaction((tx) => recordTransition(tx, { submissionId: submission.id, transition: "reject", actor: moderator, reason: "No evidence" }));
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id: submission.id }, include: { events: true } });
    expect(stored).toMatchObject({ status: "REJECTED", reason: "No evidence", decidedById: moderator.id });
    expect(stored.events).toMatchObject([{ actorId: moderator.id, fromStatus: "PENDING", toStatus: "REJECTED", reason: "No evidence" }]);
  });

  it("refuses a second decision and leaves the first one standing", async () => {
    const [user, first, second] = [await makeUser("USER"), await makeUser("MODERATOR"), await makeUser("ADMIN")];
    const submission = await makeSubmission(user.id);
    const decide = (actor: typeof first, transition: "approve" | "reject") =>
      prisma.$transaction((tx) => recordTransition(tx, { submissionId: submission.id, transition, actor }));
    const outcomes = await Promise.allSettled([decide(first, "approve"), decide(second, "reject")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "ALREADY_DECIDED" } });
    expect(await prisma.reviewEvent.count({ where: { submissionId: submission.id } })).toBe(1);
  });

  it("refuses a moderator deciding their own submission", async () => {
    const moderator = await makeUser("MODERATOR");
    const submission = await makeSubmission(moderator.id);
    await expect(
      prisma.$transaction((tx) => recordTransition(tx, { submissionId: submission.id, transition: "approve", actor: moderator })),
    ).rejects.toMatchObject({ code: "OWN_SUBMISSION" });
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("PENDING");
  });

  it("lets only the submitter withdraw", async () => {
    const [user, other] = [await makeUser("USER"), await makeUser("USER")];
    const submission = await makeSubmission(user.id);
    await expect(
      prisma.$transaction((tx) => recordTransition(tx, { submissionId: submission.id, transition: "withdraw", actor: other })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await prisma.$transaction((tx) => recordTransition(tx, { submissionId: submission.id, transition: "withdraw", actor: user }));
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("WITHDRAWN");
  });
});
