// The home page's reads, against the demo catalogue: what they show must not change with how they read it
// (counts on an index, the latest results in two reads, paper counts for the tasks shown alone).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { loadDemo } from "@/lib/submissions/test-fixtures";
import { getCatalogueCounts, listAreas } from "./catalogue";
import { getLatestResults } from "./home";

// Outside a Next.js server there is no page cache: the reads run as they are.
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn }));

beforeAll(loadDemo);

describe("the home page's reads", () => {
  it("count published results only", async () => {
    const [published, all] = await Promise.all([prisma.result.count({ where: { status: "PUBLISHED" } }), prisma.result.count()]);
    const retracted = await prisma.result.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
    await prisma.result.update({ where: { id: retracted.id }, data: { status: "RETRACTED", retractedReason: "A test retraction." } });
    try {
      expect((await getCatalogueCounts()).results).toBe(published - 1);
      expect(all).toBeGreaterThan(published - 1);
    } finally {
      await prisma.result.update({ where: { id: retracted.id }, data: { status: "PUBLISHED", retractedReason: null } });
    }
  });

  it("list the latest approved results first, newest first, then the latest imported", async () => {
    const [older, newer] = await prisma.result.findMany({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" }, take: 2 });
    await prisma.result.updateMany({ where: { approvedAt: { not: null } }, data: { approvedAt: null } });
    await prisma.result.update({ where: { id: older.id }, data: { approvedAt: new Date("2026-01-01T00:00:00Z") } });
    await prisma.result.update({ where: { id: newer.id }, data: { approvedAt: new Date("2026-02-01T00:00:00Z") } });
    const imported = await prisma.result.findMany({
      where: { status: "PUBLISHED", approvedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 4,
      select: { id: true },
    });

    const latest = await getLatestResults(6);
    expect(latest.map((result) => result.id)).toEqual([newer.id, older.id, ...imported.map((result) => result.id)]);
    expect((await getLatestResults(1)).map((result) => result.id)).toEqual([newer.id]);
  });

  it("give each task shown its number of papers", async () => {
    const areas = await listAreas(6);
    const tasks = areas.flatMap((area) => area.tasks);
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      const linked = await prisma.paper.count({ where: { tasks: { some: { slug: task.slug } } } });
      expect(task.paperCount, task.slug).toBe(linked);
    }
    expect(tasks.some((task) => task.paperCount > 0)).toBe(true);
  });
});
