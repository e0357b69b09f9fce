import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { planTask } from "@/lib/import/plan-task";
import { PwcTaskSchema } from "@/lib/import/pwc-format";
import { scaledSize, writeSyntheticArchive, type ArchiveCounts } from "./synthetic-archive";

const scratch = mkdtempSync(path.join(tmpdir(), "pwc-synthetic-test-"));
const SIZE = scaledSize(0.02);

type Table = { rows: number; metrics: number };

function tablesOf(tasks: unknown[]): Table[] {
  const tables: Table[] = [];
  const walkDataset = (dataset: { sota?: { rows: unknown[]; metrics: string[] }; subdatasets?: unknown[] }) => {
    if (dataset.sota && dataset.sota.rows.length > 0) tables.push({ rows: dataset.sota.rows.length, metrics: dataset.sota.metrics.length });
    for (const subset of dataset.subdatasets ?? []) walkDataset(subset as never);
  };
  const walkTask = (task: { datasets?: unknown[]; subtasks?: unknown[] }) => {
    for (const dataset of task.datasets ?? []) walkDataset(dataset as never);
    for (const subtask of task.subtasks ?? []) walkTask(subtask as never);
  };
  for (const task of tasks) walkTask(task as never);
  return tables;
}

describe("the synthetic archive", () => {
  let file: string;
  let counts: ArchiveCounts;
  let tasks: unknown[];

  beforeAll(async () => {
    file = path.join(scratch, "a.json");
    counts = await writeSyntheticArchive(file, 1, SIZE);
    tasks = JSON.parse(readFileSync(file, "utf8"));
  });

  it("is the PWC format, read by the importer without a skipped row", () => {
    expect(tasks).toHaveLength(SIZE.tasks);
    for (const [i, task] of tasks.entries()) {
      expect(PwcTaskSchema.safeParse(task).success).toBe(true);
      expect(planTask(task, i, "a.json").skippedRows).toEqual([]);
    }
    expect(counts).toMatchObject({ topLevelTasks: SIZE.tasks, benchmarks: SIZE.benchmarks, results: SIZE.results });
    expect(counts.papers).toBeLessThanOrEqual(SIZE.papers);
    expect(counts.papers).toBeGreaterThan(SIZE.papers * 0.9);
    expect(counts.values).toBeGreaterThan(SIZE.values * 0.95);
    expect(counts.values).toBeLessThan(SIZE.values * 1.05);
    expect(counts.bytes).toBe(readFileSync(file).byteLength);
  });

  it("is skewed like the real one: a few large leaderboards, most under 20 rows", () => {
    const sizes = tablesOf(tasks)
      .map((table) => table.rows)
      .sort((a, b) => a - b);
    expect(sizes).toHaveLength(SIZE.benchmarks);
    expect(sizes.at(-1)).toBe(SIZE.largestTable);
    expect(sizes.filter((rows) => rows < 20).length / sizes.length).toBeGreaterThan(0.8);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(10);
    expect(sizes.at(-1)!).toBeGreaterThan(5 * sizes[Math.floor(sizes.length / 2)]);
  });

  it("holds the odd values of the real archive, in a small share", () => {
    const text = readFileSync(file, "utf8");
    const values = [...text.matchAll(/"metrics":\{([^}]*)\}/g)].flatMap((match) => Object.values(JSON.parse(`{${match[1]}}`)) as string[]);
    const odd = values.filter((value) => !/^-?\d+(\.\d+)?$/.test(value));
    expect(odd.length / values.length).toBeGreaterThan(0.01);
    expect(odd.length / values.length).toBeLessThan(0.25);
    expect(odd).toEqual(expect.arrayContaining(["Please tell us", "–"]));
    expect(odd.some((value) => value.includes("±"))).toBe(true);
    expect(odd.some((value) => /^\d+(\.\d+)?%$/.test(value))).toBe(true);
    expect(odd.some((value) => /^\d+(\.\d+)?[mMk]$/.test(value))).toBe(true);
    expect(text).toContain('"paper_date":null');
    expect(text).toContain('"paper_title":""');
    expect(text).toMatch(/"paper_url":"https:\/\/arxiv\.org\/abs\//);
    expect(text).toMatch(/"paper_url":"https:\/\/(?!arxiv)/);
  });

  it("is the same for the same seed and differs for another", async () => {
    const again = path.join(scratch, "b.json");
    const other = path.join(scratch, "c.json");
    await writeSyntheticArchive(again, 1, SIZE);
    await writeSyntheticArchive(other, 2, SIZE);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    expect(readFileSync(other).equals(readFileSync(file))).toBe(false);
  });
});
