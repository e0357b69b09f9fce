import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { importPwcFiles } from "@/lib/import/import-pwc";
import { resetDatabase } from "@/lib/test/reset-database";
import { createTestUser } from "@/lib/test/catalogue-factory";
import { readContests } from "@/lib/trust/reads";
import { settleContest } from "./contests";
import { versionKey } from "./import-contests";

vi.mock("@/lib/cache/expire-tags", () => ({ expireTags: vi.fn() }));

// The real CMRC sample, read where it is; modified copies are written to a scratch folder by each test.
const CMRC = "/work/shared/pwc-samples/cmrc.json";
const scratch = mkdtempSync(path.join(tmpdir(), "pwc-contests-"));

type Row = { model_name: string; paper_url: string; metrics: Record<string, string> };
function cmrcCopy(name: string, change: (rows: Row[]) => Row[]): string {
  const data = JSON.parse(readFileSync(CMRC, "utf8"));
  data[0].datasets[0].sota.rows = change(data[0].datasets[0].sota.rows);
  const file = path.join(scratch, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

const rowsOf = (modelName: string) =>
  prisma.result.findMany({ where: { modelName }, orderBy: { createdAt: "asc" }, include: { values: { include: { metric: true } } } });
const testEm = (row: Awaited<ReturnType<typeof rowsOf>>[number]) => row.values.find((value) => value.metric.name === "TEST-EM")?.raw;

describe("contests opened by an import", () => {
  beforeEach(resetDatabase);

  it("the sample alone opens none: rows of one file that name the same model never contest each other", async () => {
    const first = await importPwcFiles([CMRC]);
    expect(first.contestsOpened).toBe(0);
    expect(await prisma.result.count({ where: { contestedAt: { not: null } } })).toBe(0);
  });

  it("a newer file that changes a value keeps both rows, each with its file, and opens one contest; importing either file again opens none", async () => {
    await importPwcFiles([CMRC]);
    const newer = cmrcCopy("cmrc-newer.json", (rows) =>
      rows.map((row) => (row.model_name === "BERT-wwm (single model)" ? { ...row, metrics: { ...row.metrics, "TEST-EM": "71.500" } } : row)),
    );

    const second = await importPwcFiles([newer]);
    expect(second.contestsOpened).toBe(1);
    expect(second.counts.results).toMatchObject({ created: 1, updated: 0 });
    const [old, changed] = await rowsOf("BERT-wwm (single model)");
    expect([testEm(old), testEm(changed)]).toEqual(["70.500", "71.500"]);
    expect(old.origin).toMatch(/^cmrc\.json, imported \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    expect(changed.origin).toMatch(/^cmrc-newer\.json, imported /);
    expect(changed.sourceKey).toBe(versionKey(old.sourceKey!, changed.values));
    expect([old.contestedAt, changed.contestedAt].every(Boolean)).toBe(true);

    const [contest] = await readContests({ status: "OPEN" });
    expect(contest.reason).toBe("Two sources disagree: 70.500 against 71.500.");
    expect(contest.sides.map((side) => [side.origin.split(",")[0], side.paperUrl])).toEqual([
      ["cmrc.json", "https://arxiv.org/abs/1906.08101"],
      ["cmrc-newer.json", "https://arxiv.org/abs/1906.08101"],
    ]);

    for (const file of [newer, CMRC, newer]) {
      const again = await importPwcFiles([file]);
      expect(again.contestsOpened).toBe(0);
      expect(again.counts.results).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await prisma.contest.count()).toBe(1);
  });

  it("an archive row that disagrees with a row approved from a submission opens one contest; once settled, importing again opens none", async () => {
    // The archive has not yet had Dual BERT when a submission gives it 71.0 on TEST-EM; then the archive says 70.400.
    await importPwcFiles([cmrcCopy("cmrc-without.json", (rows) => rows.filter((row) => row.model_name !== "Dual BERT (single model)"))]);
    const sibling = await prisma.result.findFirstOrThrow({ where: { modelName: "Dual BERT (w/ SQuAD) (single model)" }, include: { values: true } });
    const moderator = await createTestUser("MODERATOR");
    const submitted = await prisma.result.create({
      data: {
        benchmarkId: sibling.benchmarkId,
        paperId: sibling.paperId,
        modelName: "Dual BERT (single model)",
        source: "SUBMISSION",
        evidence: "Table 3",
        approvedById: moderator.id,
        approvedAt: new Date(),
        values: { create: sibling.values.map((value) => ({ metricId: value.metricId, raw: value.raw === "73.600" ? "71.0" : "0", value: null })) },
      },
      include: { values: { include: { metric: true } } },
    });
    // Only TEST-EM is readable on the submitted row: the other values cannot disagree.
    const em = submitted.values.find((value) => value.metric.name === "TEST-EM")!;
    await prisma.resultValue.update({ where: { id: em.id }, data: { value: 71.0 } });

    const summary = await importPwcFiles([CMRC]);
    expect(summary.contestsOpened).toBe(1);
    const contest = await prisma.contest.findFirstOrThrow({ include: { otherResult: true } });
    expect(contest).toMatchObject({ kind: "VALUES", status: "OPEN", resultId: submitted.id, reason: "Two sources disagree: 71.0 against 70.400." });
    expect(contest.otherResult).toMatchObject({ source: "PWC_ARCHIVE", modelName: "Dual BERT (single model)" });
    expect(await prisma.result.count({ where: { contestedAt: { not: null } } })).toBe(2);

    await settleContest(moderator.id, { contestId: contest.id, standingId: contest.otherResultId!, reason: "Table 3 of the paper says 70.4." });
    const again = await importPwcFiles([CMRC]);
    expect(again.contestsOpened).toBe(0);
    expect(await prisma.result.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({ status: "RETRACTED", contestedAt: null });
    expect(await prisma.result.findUniqueOrThrow({ where: { id: contest.otherResultId! } })).toMatchObject({ status: "PUBLISHED", contestedAt: null });
  });
});
