import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { expireTags } from "@/lib/cache/expire-tags";
import { claimPaper, decideClaim } from "@/lib/authors/claims";
import { confirmResult, disputeResult } from "@/lib/authors/confirm-result";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createNewResultsSubmission, resultRow } from "@/lib/test/submission-factory";
import { computeTrust } from "@/lib/trust/trust-level";
import { settleContest } from "./contests";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

const trustOf = async (id: string) => computeTrust(await prisma.result.findUniqueOrThrow({ where: { id } }));

describe("contests", () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.mocked(expireTags).mockClear();
  });

  it("an approved row that gives an existing result another value opens one contest; the moderator's choice stands, the other is retracted", async () => {
    const fixture = await createTestBenchmark(undefined, [80]);
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const submission = await createNewResultsSubmission({
      submitterId: submitter.id,
      benchmark: {
        task: fixture.task.name,
        dataset: fixture.dataset.name,
        subset: "",
        metrics: [{ name: "Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
      },
      paper: { ref: "", title: fixture.paper.title, authors: "", publishedAt: "" },
      rows: [resultRow("Model 1", ["82.5"])],
      comment: "",
    });
    await decideSubmission(moderator.id, { decision: "approve", submissionId: submission.id });
    const contest = await prisma.contest.findFirstOrThrow({ where: { resultId: fixture.results[0].id } });
    expect(contest).toMatchObject({ kind: "VALUES", status: "OPEN" });
    expect(contest.reason).toContain("80 against 82.5");
    expect((await trustOf(fixture.results[0].id)).label).toBe("Contested");

    await settleContest(moderator.id, { contestId: contest.id, standingId: fixture.results[0].id, reason: "The paper's Table 1 says 80." });
    expect(await prisma.result.findUniqueOrThrow({ where: { id: contest.otherResultId! } })).toMatchObject({ status: "RETRACTED" });
    expect((await trustOf(fixture.results[0].id)).isContested).toBe(false);
    await expect(settleContest(moderator.id, { contestId: contest.id, standingId: fixture.results[0].id, reason: "again" })).rejects.toThrow(
      /already|settled/i,
    );
    expect(await prisma.auditEvent.count({ where: { kind: "CONTEST_SETTLED" } })).toBe(1);
  });
});

describe("author claims", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  async function paperWithAuthor() {
    const fixture = await createTestBenchmark(undefined, [80]);
    await prisma.paperAuthor.create({ data: { paperId: fixture.paper.id, position: 0, name: "Ada Lovelace" } });
    await prisma.result.update({ where: { id: fixture.results[0].id }, data: { evidence: "Table 1" } });
    return fixture;
  }

  it("is approved at once through an ORCID identity of the author's name", async () => {
    const fixture = await paperWithAuthor();
    const user = await prisma.user.create({ data: { email: "0000-0001@orcid.invalid", name: "Ada Lovelace" } });
    await prisma.account.create({ data: { userId: user.id, type: "oidc", provider: "orcid", providerAccountId: "0000-0001" } });
    expect(await claimPaper(user.id, { paperId: fixture.paper.id, authorName: "Ada Lovelace" })).toEqual({ status: "APPROVED", viaOrcid: true });
  });

  it("waits for a moderator otherwise; once approved, the author confirms (trust rises) or disputes (contested, in the queue)", async () => {
    const fixture = await paperWithAuthor();
    const [user, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const resultId = fixture.results[0].id;
    expect(await claimPaper(user.id, { paperId: fixture.paper.id, authorName: "Ada Lovelace" })).toEqual({ status: "PENDING", viaOrcid: false });
    await expect(confirmResult(user.id, { resultId })).rejects.toThrow(/approved author/);
    const claim = await prisma.authorClaim.findFirstOrThrow({ where: { userId: user.id } });
    await expect(decideClaim(user.id, { claimId: claim.id, decision: "approve" })).rejects.toThrow(/moderators/);
    await decideClaim(moderator.id, { claimId: claim.id, decision: "approve" });

    expect((await trustOf(resultId)).level).toBe("reported");
    await confirmResult(user.id, { resultId });
    expect((await trustOf(resultId)).level).toBe("author");

    await disputeResult(user.id, { resultId, reason: "Table 1 reports 79.0, not 80." });
    expect((await trustOf(resultId)).label).toBe("Contested");
    expect(await prisma.contest.findFirstOrThrow({ where: { resultId } })).toMatchObject({
      kind: "DISPUTE",
      status: "OPEN",
      reason: "Table 1 reports 79.0, not 80.",
    });
    expect(await prisma.auditEvent.count({ where: { kind: { in: ["AUTHOR_CLAIM", "RESULT_CONFIRMED", "RESULT_DISPUTED"] } } })).toBe(4);
  });
});
