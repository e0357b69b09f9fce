// The sitemap is split into files of at most 50,000 addresses (the protocol's limit) under one index:
// the catalogue's kinds one after another, each file a window over that sequence.

export const SITEMAP_SIZE = 50_000;

export type SitemapKind = "page" | "area" | "task" | "dataset" | "method" | "benchmark" | "paper";

export type SitemapSlice = { kind: SitemapKind; skip: number; take: number };

/** How many files the index lists for these counts (at least one, for the fixed pages). */
export function sitemapCount(counts: Record<SitemapKind, number>, size = SITEMAP_SIZE): number {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return Math.max(1, Math.ceil(total / size));
}

/** The windows of each kind that file `index` (from 0) holds, in the kinds' order. */
export function sitemapSlices(counts: Record<SitemapKind, number>, index: number, size = SITEMAP_SIZE): SitemapSlice[] {
  const start = index * size;
  const end = start + size;
  const slices: SitemapSlice[] = [];
  let offset = 0;
  for (const [kind, count] of Object.entries(counts) as [SitemapKind, number][]) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + count);
    if (from < to) slices.push({ kind, skip: from - offset, take: to - from });
    offset += count;
  }
  return slices;
}
