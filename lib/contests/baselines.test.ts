import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importPwcFiles, type ImportSummary } from "@/lib/import/import-pwc";
import { resetDatabase } from "@/lib/test/reset-database";
import { findBaselines, type BaselineCandidate } from "./baselines";

let n = 0;
const row = (modelName: string, day: string | null, fields: Partial<BaselineCandidate> = {}): BaselineCandidate => ({
  id: `r${++n}`,
  benchmarkId: "b1",
  modelName,
  paperId: null,
  codeUrl: null,
  evaluatedAt: day ? new Date(`${day}T00:00:00Z`) : null,
  baselineOfId: null,
  ...fields,
});

describe("findBaselines", () => {
  it("links a later row of another paper, or of a code link only, to the earliest row of the model's own paper", () => {
    const original = row("BERT-wwm-ext", "2019-07-30", { paperId: "cui" });
    const clue = row("bert-wwm-ext ", "2019-11-05", { codeUrl: "https://github.com/CLUEBenchmark" });
    const other = row("BERT-wwm-ext", "2020-01-01", { paperId: "other" });
    expect(findBaselines([clue, original, other])).toEqual(
      new Map([
        [clue.id, original.id],
        [other.id, original.id],
      ]),
    );
  });

  it("leaves what the data cannot tell: no source, no date, the same paper, another board, two papers on the earliest day", () => {
    const original = row("ALBERT", "2019-09-26", { paperId: "lan" });
    const anonymous = row("ALBERT", "2020-01-01");
    const undated = row("ALBERT", null, { paperId: "other" });
    const again = row("ALBERT", "2020-02-02", { paperId: "lan" });
    const elsewhere = row("ALBERT", "2020-03-03", { paperId: "other", benchmarkId: "b2" });
    expect(findBaselines([original, anonymous, undated, again, elsewhere])).toEqual(new Map());
    const tie = [row("LSTM", "2016-01-01", { paperId: "a" }), row("LSTM", "2016-01-01", { paperId: "b" }), row("LSTM", "2018-01-01", { paperId: "c" })];
    expect(findBaselines(tie)).toEqual(new Map());
  });
});

describe("baselines in the CMRC sample", () => {
  let summary: ImportSummary;
  beforeAll(async () => {
    await resetDatabase();
    summary = await importPwcFiles(["/work/shared/pwc-samples/cmrc.json"]);
  });

  it("the CLUE benchmark's rows of Cui et al.'s models link to Cui et al.'s own rows; the others stay as they are", async () => {
    const linked = await prisma.result.findMany({
      where: { baselineOfId: { not: null } },
      orderBy: { modelName: "asc" },
      select: { modelName: true, codeUrl: true, baselineOfId: true },
    });
    const originals = await prisma.result.findMany({
      where: { id: { in: linked.map((result) => result.baselineOfId!) } },
      select: { id: true, modelName: true, paper: { select: { title: true } } },
    });
    const originalOf = new Map(originals.map((original) => [original.id, original]));
    expect(linked.map((result) => [result.modelName, result.codeUrl, originalOf.get(result.baselineOfId!)?.paper?.title])).toEqual([
      ["BERT-wwm-ext (single model)", "https://github.com/CLUEBenchmark", "Cui et al., 2019"],
      ["RoBERTa-wwm-ext-large (single model)", "https://github.com/CLUEBenchmark", "Cui et al., 2019"],
      ["XLNet-mid (single model)", "https://github.com/CLUEBenchmark", "Cui et al., 2019"],
    ]);
    expect(summary.baselinesLinked).toBe(3);
  });

  it("importing the file again links nothing anew", async () => {
    const again = await importPwcFiles(["/work/shared/pwc-samples/cmrc.json"]);
    expect(again.baselinesLinked).toBe(0);
    expect(await prisma.result.count({ where: { baselineOfId: { not: null } } })).toBe(3);
  });
});
