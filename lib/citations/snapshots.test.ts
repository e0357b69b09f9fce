import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { decideSubmission } from "@/lib/submissions/decisions/decide-submission";
import { retractResult } from "@/lib/submissions/decisions/retract-result";
import { createTestBenchmark, createTestUser } from "@/lib/test/catalogue-factory";
import { resetDatabase } from "@/lib/test/reset-database";
import { createEditSubmission } from "@/lib/test/submission-factory";
import { resultRow } from "@/lib/test/submission-factory";
import { canonicalJson, sha256 } from "./canonical";
import { parseAsOfDay } from "./as-of-day";
import { createSnapshot, findSnapshot, snapshotBibtex } from "./snapshots";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

describe("canonicalJson", () => {
  it("writes one text per content: keys in order, no whitespace", () => {
    expect(canonicalJson({ b: [1, { d: null, c: "x" }], a: true })).toBe('{"a":true,"b":[1,{"c":"x","d":null}]}');
    expect(sha256(canonicalJson({ a: 1, b: 2 }))).toBe(sha256(canonicalJson({ b: 2, a: 1 })));
  });
});

describe("parseAsOfDay", () => {
  it("takes a real past day and nothing else", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    expect(parseAsOfDay("2021-06-30", now)).toBe("2021-06-30");
    expect(parseAsOfDay("2021-02-30", now)).toBeNull();
    expect(parseAsOfDay("2027-01-01", now)).toBeNull();
    expect(parseAsOfDay("yesterday", now)).toBeNull();
  });
});

describe("a leaderboard snapshot", () => {
  beforeEach(resetDatabase);

  it("keeps its content and hash after the board is edited and a result retracted", async () => {
    const [submitter, moderator] = [await createTestUser(), await createTestUser("MODERATOR")];
    const fixture = await createTestBenchmark();
    const made = await createSnapshot({ benchmark: fixture.benchmark.slug, asOf: "" });
    const before = (await findSnapshot(fixture.benchmark.slug, made.id))!;
    expect(before.content.rows.map((row) => [row.rank, row.model, row.values])).toEqual([
      [1, "Model 2", { Accuracy: "90" }],
      [2, "Model 1", { Accuracy: "80" }],
    ]);
    expect(before.hash).toBe(sha256(canonicalJson(before.content)));

    const edit = await createEditSubmission({
      submitterId: submitter.id,
      resultId: fixture.results[0].id,
      row: resultRow("Model 1", ["95"]),
      comment: "Table 3.",
    });
    await decideSubmission(moderator.id, { decision: "approve", submissionId: edit.id });
    await retractResult(moderator.id, { resultId: fixture.results[1].id, reason: "Wrong split." });

    const after = (await findSnapshot(fixture.benchmark.slug, made.id))!;
    expect(after.hash).toBe(before.hash);
    expect(after.content).toEqual(before.content);
    // Citing the board again now gives a new snapshot with the new content; the old one stays.
    const again = await createSnapshot({ benchmark: fixture.benchmark.slug, asOf: "" });
    expect(again.id).not.toBe(made.id);
    expect((await findSnapshot(fixture.benchmark.slug, again.id))!.content.rows.map((row) => row.model)).toEqual(["Model 1"]);
    expect(await prisma.leaderboardSnapshot.count()).toBe(2);
  });

  it("is the same snapshot when the same content is cited twice, with BibTeX naming its address and hash", async () => {
    const fixture = await createTestBenchmark();
    const first = await createSnapshot({ benchmark: fixture.benchmark.slug, asOf: "" });
    const second = await createSnapshot({ benchmark: fixture.benchmark.slug, asOf: "" });
    expect(second.id).toBe(first.id);
    const snapshot = (await findSnapshot(fixture.benchmark.slug, first.id))!;
    const bibtex = snapshotBibtex(snapshot, "https://example.org/sota/x/snapshot/1");
    expect(bibtex).toMatch(/^@misc\{pwc2_/);
    expect(bibtex).toContain("url = {https://example.org/sota/x/snapshot/1}");
    expect(bibtex).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    expect(bibtex).toContain(`SHA-256 ${snapshot.hash}`);
    await expect(createSnapshot({ benchmark: "no-such-board", asOf: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findSnapshot("another-board", first.id)).toBeNull();
  });
});
