import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { getLeaderboard, getSotaIndex } from "./leaderboards";
import { getPaper, getPaperPage } from "./papers";

// Outside a Next.js server there is no page cache: the reads run as they are.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

async function seed() {
  const area = await prisma.area.create({ data: { name: "Vision", slug: "vision" } });
  const task = await prisma.task.create({ data: { name: "Detection", slug: "detection", areaId: area.id, synonyms: { create: [{ name: "Finding" }] } } });
  const parent = await prisma.dataset.create({ data: { name: "COCO", slug: "coco" } });
  const dataset = await prisma.dataset.create({ data: { name: "test-dev", slug: "coco-test-dev", parentId: parent.id } });
  const paper = await prisma.paper.create({
    data: {
      title: "Ours",
      slug: "ours",
      sourceKey: "ours",
      publishedAt: new Date("2020-01-01"),
      authors: {
        create: [
          { name: "B", position: 1 },
          { name: "A", position: 0 },
        ],
      },
      tasks: { connect: { id: task.id } },
    },
  });
  const other = await prisma.paper.create({ data: { title: "Theirs", slug: "theirs", sourceKey: "theirs", tasks: { connect: { id: task.id } } } });
  const benchmark = await prisma.benchmark.create({
    data: {
      slug: "detection-on-coco-test-dev",
      taskId: task.id,
      datasetId: dataset.id,
      metrics: {
        create: [
          { name: "Params", position: 0, direction: "NOT_RANKED" },
          { name: "AP", position: 1 },
          { name: "Error", position: 2, direction: "LOWER_IS_BETTER" },
        ],
      },
    },
    include: { metrics: true },
  });
  const [, ap, error] = benchmark.metrics.sort((a, b) => a.position - b.position);
  const result = (modelName: string, paperId: string, values: [string, string, number | null][], status: "PUBLISHED" | "RETRACTED" = "PUBLISHED") =>
    prisma.result.create({
      data: {
        benchmarkId: benchmark.id,
        modelName,
        paperId,
        status,
        source: "DEMO",
        evaluatedAt: new Date("2020-01-01"),
        values: { create: values.map(([metricId, raw, value]) => ({ metricId, raw, value })) },
      },
    });
  await result("Ours-S", paper.id, [
    [ap.id, "40", 40],
    [error.id, "9", 9],
  ]);
  await result("Theirs", other.id, [
    [ap.id, "45", 45],
    [error.id, "10", 10],
  ]);
  await result("Retracted", other.id, [[ap.id, "99", 99]], "RETRACTED");
  await result("Ours-text", paper.id, [[ap.id, "n/a", null]]);
}

beforeAll(seed);

describe("getLeaderboard", () => {
  it("holds the published results only, with the dataset named with its parent", async () => {
    const board = await getLeaderboard("detection-on-coco-test-dev");
    expect(board?.dataset.name).toBe("COCO test-dev");
    expect(board?.task.area?.name).toBe("Vision");
    expect(board?.metrics.map((m) => m.name)).toEqual(["Params", "AP", "Error"]);
    expect(board?.results.map((r) => r.modelName).sort()).toEqual(["Ours-S", "Ours-text", "Theirs"]);
    expect(typeof board?.results[0].evaluatedAt).toBe("string");
    expect(await getLeaderboard("nothing")).toBeNull();
  });
});

describe("getSotaIndex", () => {
  it("groups benchmarks by area and task with their count and published best", async () => {
    const [vision] = await getSotaIndex();
    expect(vision.name).toBe("Vision");
    expect(vision.tasks[0]).toMatchObject({ name: "Detection", synonyms: ["Finding"] });
    expect(vision.tasks[0].benchmarks[0]).toEqual({
      slug: "detection-on-coco-test-dev",
      dataset: "COCO test-dev",
      resultCount: 3,
      best: { metric: "AP", raw: "45", modelName: "Theirs" },
    });
  });
});

describe("getPaper", () => {
  it("lists a row per model and benchmark, each metric with its rank, authors in order", async () => {
    const paper = await getPaper("ours");
    expect(paper?.authors).toEqual(["A", "B"]);
    const [table] = paper?.benchmarks ?? [];
    expect(table.metrics.map((m) => [m.name, m.href])).toEqual([
      ["AP", "/sota/detection-on-coco-test-dev"],
      ["Error", "/sota/detection-on-coco-test-dev/by/error"],
    ]);
    const [ap, error] = table.metrics.map((m) => m.id);
    expect(table.rows.map((r) => [r.modelName, r.cells[ap]?.raw, r.cells[ap]?.rank, r.cells[error]?.raw, r.cells[error]?.rank])).toEqual([
      ["Ours-S", "40", 2, "9", 1],
      ["Ours-text", "n/a", null, undefined, undefined],
    ]);
    expect(paper?.rankBadges).toEqual([{ rank: 2, label: "Detection on COCO test-dev", href: "/sota/detection-on-coco-test-dev" }]);
    expect(paper?.related.map((p) => p.slug)).toEqual(["theirs"]);
    expect(await getPaper("nothing")).toBeNull();
  });

  it("pages the list of papers, newest first, counting published results", async () => {
    const page = await getPaperPage(1);
    expect(page.total).toBe(2);
    expect(page.papers.map((p) => [p.slug, p.resultCount])).toEqual([
      ["ours", 2],
      ["theirs", 1],
    ]);
  });
});

describe("getPaper's related papers", () => {
  it("are the newest six sharing a task or a dataset, undated last, then by title, without the paper itself", async () => {
    const task = await prisma.task.findUniqueOrThrow({ where: { slug: "detection" } });
    const dataset = await prisma.dataset.findUniqueOrThrow({ where: { slug: "coco-test-dev" } });
    const paper = (slug: string, publishedAt: string | null, link: "task" | "dataset" | "none") =>
      prisma.paper.create({
        data: {
          title: slug,
          slug,
          sourceKey: slug,
          publishedAt: publishedAt ? new Date(publishedAt) : null,
          ...(link === "task" ? { tasks: { connect: { id: task.id } } } : {}),
          ...(link === "dataset" ? { datasets: { connect: { id: dataset.id } } } : {}),
        },
      });
    await paper("with-the-dataset", "2024-05-01", "dataset");
    await paper("unrelated", "2025-01-01", "none");
    await paper("b-same-day", "2023-01-01", "task");
    await paper("a-same-day", "2023-01-01", "task");
    await paper("older", "2019-01-01", "task");
    await paper("undated", null, "task");
    await paper("oldest", "2001-01-01", "task");
    await prisma.paper.update({ where: { slug: "ours" }, data: { datasets: { connect: { id: dataset.id } } } });

    const related = (await getPaper("ours"))?.related.map((p) => p.slug);
    expect(related).toEqual(["with-the-dataset", "a-same-day", "b-same-day", "older", "oldest", "theirs"]);
  });
});
