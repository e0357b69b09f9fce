import "server-only";
import { prisma } from "@/lib/db";
import { sitemapSlices, type SitemapKind, type SitemapSlice } from "@/lib/sitemap/slices";

export type SitemapEntry = { path: string; updatedAt: Date | null };

/** The pages that are always there, first in the first file. */
const FIXED_PAGES = ["/", "/sota", "/tasks", "/datasets", "/papers", "/methods", "/about", "/data", "/api"];

/** How many addresses of each kind the sitemap lists, in the order its files hold them. */
export async function countSitemapEntries(): Promise<Record<SitemapKind, number>> {
  const [area, task, dataset, method, benchmark, paper] = await Promise.all([
    prisma.area.count(),
    prisma.task.count(),
    prisma.dataset.count(),
    prisma.method.count(),
    prisma.benchmark.count(),
    prisma.paper.count(),
  ]);
  return { page: FIXED_PAGES.length, area, task, dataset, method, benchmark, paper };
}

async function readSlice({ kind, skip, take }: SitemapSlice): Promise<SitemapEntry[]> {
  const window = { orderBy: { slug: "asc" as const }, skip, take };
  const dated = (base: string) => (rows: { slug: string; updatedAt: Date }[]) => rows.map((row) => ({ path: `${base}/${row.slug}`, updatedAt: row.updatedAt }));
  const undated = (base: string) => (rows: { slug: string }[]) => rows.map((row) => ({ path: `${base}/${row.slug}`, updatedAt: null }));
  switch (kind) {
    case "page":
      return FIXED_PAGES.slice(skip, skip + take).map((path) => ({ path, updatedAt: null }));
    case "area":
      return prisma.area.findMany({ ...window, select: { slug: true } }).then(undated("/area"));
    case "task":
      return prisma.task.findMany({ ...window, select: { slug: true, updatedAt: true } }).then(dated("/task"));
    case "dataset":
      return prisma.dataset.findMany({ ...window, select: { slug: true, updatedAt: true } }).then(dated("/dataset"));
    case "method":
      return prisma.method.findMany({ ...window, select: { slug: true } }).then(undated("/method"));
    case "benchmark":
      return prisma.benchmark.findMany({ ...window, select: { slug: true, updatedAt: true } }).then(dated("/sota"));
    case "paper":
      return prisma.paper.findMany({ ...window, select: { slug: true, updatedAt: true } }).then(dated("/paper"));
  }
}

/** The addresses of sitemap file `index`; null past the last file. */
export async function getSitemapEntries(index: number): Promise<SitemapEntry[] | null> {
  const slices = sitemapSlices(await countSitemapEntries(), index);
  if (slices.length === 0 && index > 0) return null;
  return (await Promise.all(slices.map(readSlice))).flat();
}
