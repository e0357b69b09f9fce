import { describe, expect, it } from "vitest";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import { csvField, leaderboardCsv, leaderboardJson, reportedValue } from "./export";
import { resolveView } from "./view";

function row(id: string, modelName: string, values: LeaderboardRow["values"], extra: Partial<LeaderboardRow> = {}): LeaderboardRow {
  return {
    id,
    modelName,
    paper: { slug: `paper-${id}`, title: `Paper, "${id}"`, url: null },
    codeUrl: null,
    evaluatedAt: "2020-05-01T00:00:00.000Z",
    usesExtraData: false,
    extraData: "",
    evidence: "",
    source: "PWC_ARCHIVE",
    submittedBy: null,
    approvedBy: null,
    approvedAt: null,
    values,
    ...extra,
  };
}

const board: Leaderboard = {
  id: "b1",
  slug: "qa-on-squad",
  description: "",
  task: { slug: "qa", name: "Question Answering", area: null },
  dataset: { slug: "squad", name: "SQuAD" },
  metrics: [
    { id: "em", name: "EM", position: 0, direction: "HIGHER_IS_BETTER", unit: "%", description: "" },
    { id: "f1", name: "F1, token", position: 1, direction: "HIGHER_IS_BETTER", unit: "%", description: "" },
  ],
  results: [
    row("a", "Model A", [
      { metricId: "em", raw: "80.1", value: 80.1, uncertainty: null },
      { metricId: "f1", raw: "88", value: 88, uncertainty: 0.2 },
    ]),
    row("b", 'Model "B"', [{ metricId: "em", raw: "85.0", value: 85, uncertainty: null }], {
      usesExtraData: true,
      extraData: "TriviaQA",
      source: "SUBMISSION",
    }),
    row("c", "Model C", [
      { metricId: "em", raw: "n/a", value: null, uncertainty: null },
      { metricId: "f1", raw: "90", value: 90, uncertainty: null },
    ]),
  ],
};

describe("reportedValue and csvField", () => {
  it("shows the uncertainty once", () => {
    expect(reportedValue({ raw: "88", uncertainty: 0.2 })).toBe("88 ± 0.2");
    expect(reportedValue({ raw: "88.55 ± 0.04", uncertainty: 0.04 })).toBe("88.55 ± 0.04");
    expect(reportedValue({ raw: "88", uncertainty: null })).toBe("88");
  });

  it("quotes fields with commas, quotes or line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("neutralises text a spreadsheet would run as a formula (OWASP): a leading quote, and quoted", () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe(`"'+1+cmd|' /C calc'!A0"`);
    expect(csvField("-2+3")).toBe(`"'-2+3"`);
    expect(csvField("@SUM(A1:A9)")).toBe(`"'@SUM(A1:A9)"`);
    expect(csvField("\t=1+1")).toBe(`"'\t=1+1"`);
    expect(csvField("\r=1+1")).toBe(`"'\r=1+1"`);
    expect(csvField("-0.35")).toBe("-0.35");
    expect(csvField("+4.2e-3")).toBe("+4.2e-3");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("a=b")).toBe("a=b");
  });
});

describe("leaderboardCsv", () => {
  it("writes the rows in the view's order, every metric a column", () => {
    const view = resolveView(board, { metric: null, withoutExtraData: false })!;
    const lines = leaderboardCsv(board, view, "https://pwc.example").trimEnd().split("\r\n");
    expect(lines[0]).toBe('Rank,Model,EM,"F1, token",Extra training data,Paper,Paper page,Code,Date,Source,Evidence');
    expect(lines[1]).toBe('1,"Model ""B""",85.0,,TriviaQA,"Paper, ""b""",https://pwc.example/paper/paper-b,,2020-05-01,Submitted,');
    expect(lines[2].startsWith("2,Model A,80.1,88 ± 0.2,")).toBe(true);
    expect(lines[3].startsWith(",Model C,n/a,90,")).toBe(true);
  });

  it("writes no live formula from a model or metric name", () => {
    const hostile: Leaderboard = {
      ...board,
      metrics: [{ ...board.metrics[0], name: "=1+1" }],
      results: [row("x", "@SUM(1,2)", [{ metricId: "em", raw: "-5+5", value: null, uncertainty: null }])],
    };
    const view = resolveView(hostile, { metric: null, withoutExtraData: false })!;
    const lines = leaderboardCsv(hostile, view, "").trimEnd().split("\r\n");
    expect(lines[0].startsWith(`Rank,Model,"'=1+1",`)).toBe(true);
    expect(lines[1].startsWith(`,"'@SUM(1,2)","'-5+5",`)).toBe(true);
  });

  it("follows the metric and the extra-data filter", () => {
    const view = resolveView(board, { metric: "f1-token", withoutExtraData: true })!;
    const models = leaderboardCsv(board, view, "")
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[1]);
    expect(models).toEqual(["Model C", "Model A"]);
  });
});

describe("leaderboardJson", () => {
  it("gives numbers and text for every value, in the view's order", () => {
    const view = resolveView(board, { metric: "F1, token", withoutExtraData: false })!;
    const json = leaderboardJson(board, view, "https://pwc.example");
    expect(json.benchmark.url).toBe("https://pwc.example/sota/qa-on-squad/by/f1-token");
    expect(json.rankedBy).toEqual({ name: "F1, token", direction: "HIGHER_IS_BETTER" });
    expect(json.results.map((r) => [r.rank, r.model])).toEqual([
      [1, "Model C"],
      [2, "Model A"],
      [null, 'Model "B"'],
    ]);
    expect(json.results[1].values).toEqual({ EM: { raw: "80.1", value: 80.1, uncertainty: null }, "F1, token": { raw: "88", value: 88, uncertainty: 0.2 } });
  });
});
