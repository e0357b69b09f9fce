import { ExtrasTally } from "@/lib/settings/result-extras";
import { describe, expect, it } from "vitest";
import { formatSummary, stderrProgress } from "./report";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("stderrProgress", () => {
  it("draws a bar in place on a terminal", () => {
    const { stream, written } = fakeStream(true);
    const progress = stderrProgress(stream);
    progress({ file: "/data/evaluation-tables.json", phase: "importing", bytesRead: 250_000_000, totalBytes: 500_000_000 });
    expect(written[0]).toMatch(/^\rImporting evaluation-tables\.json █{15}░{15} 250\.0 MB \/ 500\.0 MB \(50%\)/);
  });

  it("writes whole lines elsewhere, at most every few seconds and at the end", () => {
    const { stream, written } = fakeStream(false);
    const progress = stderrProgress(stream);
    for (const bytesRead of [1000, 2000, 3000]) {
      progress({ file: "snli.json", phase: "checking", bytesRead, totalBytes: 3000 });
    }
    expect(written).toEqual(["Checking  snli.json: 1.0 kB / 3.0 kB (33%)\n", "Checking  snli.json: 3.0 kB / 3.0 kB (100%)\n"]);
  });
});

describe("formatSummary", () => {
  it("lists counts, every row not read and the values kept as text", () => {
    const text = formatSummary({
      files: ["/tmp/a.json", "/tmp/methods.json.gz"],
      extras: new ExtrasTally(),
      kinds: [
        { file: "/tmp/a.json", kind: "evaluation-tables", elements: 1 },
        { file: "/tmp/methods.json.gz", kind: "methods", elements: 3 },
      ],
      taskTrees: 1,
      counts: {
        tasks: { created: 1, updated: 0, unchanged: 0, merged: 0 },
        datasets: { created: 1, updated: 0, unchanged: 0, merged: 0 },
        benchmarks: { created: 1, updated: 0, unchanged: 0, merged: 0 },
        papers: { created: 0, updated: 0, unchanged: 0, merged: 0 },
        results: { created: 1200, updated: 3, unchanged: 0, merged: 2 },
        methods: { created: 2, updated: 0, unchanged: 0, merged: 1 },
        "code links": { created: 0, updated: 0, unchanged: 0, merged: 0 },
      },
      skippedRows: [{ file: "a.json", place: "[0].datasets[0].sota.rows[7]", reason: "no metric values" }],
      skippedRowCount: 1,
      unreadableValues: [{ file: "a.json", place: "[0].datasets[0].sota.rows[1].metrics.EM", raw: "-" }],
      unreadableValueCount: 1,
      contestsOpened: 2,
      baselinesLinked: 1,
      durationMs: 1234,
    });
    expect(text).toContain("Imported a.json (1 top-level task), methods.json.gz (3 methods) in 1.2 s.");
    expect(text).toMatch(/results\s+1,200\s+3\s+0\s+2/);
    expect(text).toMatch(/methods\s+2\s+0\s+0\s+1/);
    expect(text).toContain("Contests opened: 2 ");
    expect(text).toContain("  a.json [0].datasets[0].sota.rows[7]: no metric values");
    expect(text).toContain('  a.json [0].datasets[0].sota.rows[1].metrics.EM: "-"');
  });
});
