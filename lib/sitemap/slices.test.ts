import { describe, expect, it } from "vitest";
import { sitemapCount, sitemapSlices } from "./slices";

const counts = { page: 3, area: 2, task: 5, dataset: 0, method: 1, benchmark: 4, paper: 10 };

describe("sitemap files", () => {
  it("split the catalogue into files of at most `size` addresses", () => {
    expect(sitemapCount(counts, 10)).toBe(3);
    expect(sitemapCount({ page: 0, area: 0, task: 0, dataset: 0, method: 0, benchmark: 0, paper: 0 })).toBe(1);
  });

  it("each hold a window over the kinds in order, together every address once", () => {
    expect(sitemapSlices(counts, 0, 10)).toEqual([
      { kind: "page", skip: 0, take: 3 },
      { kind: "area", skip: 0, take: 2 },
      { kind: "task", skip: 0, take: 5 },
    ]);
    expect(sitemapSlices(counts, 1, 10)).toEqual([
      { kind: "method", skip: 0, take: 1 },
      { kind: "benchmark", skip: 0, take: 4 },
      { kind: "paper", skip: 0, take: 5 },
    ]);
    expect(sitemapSlices(counts, 2, 10)).toEqual([{ kind: "paper", skip: 5, take: 5 }]);
    expect(sitemapSlices(counts, 3, 10)).toEqual([]);
    const all = [0, 1, 2].flatMap((i) => sitemapSlices(counts, i, 10)).reduce((sum, slice) => sum + slice.take, 0);
    expect(all).toBe(25);
  });

  it("hold 50,000 addresses each at the archive's size", () => {
    const archive = { page: 8, area: 16, task: 4_000, dataset: 9_000, method: 2_000, benchmark: 20_000, paper: 120_000 };
    expect(sitemapCount(archive)).toBe(4);
    expect(sitemapSlices(archive, 1).reduce((sum, slice) => sum + slice.take, 0)).toBe(50_000);
  });
});
