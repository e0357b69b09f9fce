import "server-only";
import { cache } from "react";
import { parseNames } from "@/lib/import/archive-files";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { readBenchmarkItems, topBenchmarkIds, type BenchmarkItem, type TopBenchmarks } from "./benchmark-items";
import { benchmarkTags, cached, catalogueMiss } from "./cache";
import { pageCountOf, type Paged } from "./pagination";
import { readLinkedPapers } from "./linked-papers";
import type { PaperItem } from "./shapes";

export const DATASETS_PAGE_SIZE = 24;
export const DATASET_PAPERS_SHOWN = 10;
/** A dataset of the archive can be used by hundreds of tasks: the page lists the most reported benchmarks. */
export const DATASET_BENCHMARKS_SHOWN = 100;

type Link = { slug: string; name: string };

/** "Images, Text" as a list. */
function modalitiesOf(text: string): string[] {
  return text
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean);
}

export type DatasetItem = Link & { description: string; modalities: string[]; subsets: Link[]; benchmarkCount: number };

/** One page of the top-level datasets, by name, with their subsets and counts (a subset's benchmarks count for its parent). */
export function listDatasets(page: number): Promise<Paged<DatasetItem>> {
  return cached(["datasets", String(page)], [tags.catalogue], async () => {
    const where = { parentId: null };
    const [total, datasets] = await Promise.all([
      prisma.dataset.count({ where }),
      prisma.dataset.findMany({
        where,
        orderBy: { name: "asc" },
        skip: (page - 1) * DATASETS_PAGE_SIZE,
        take: DATASETS_PAGE_SIZE,
        select: {
          slug: true,
          name: true,
          description: true,
          modalities: true,
          _count: { select: { benchmarks: true } },
          subsets: { orderBy: { name: "asc" }, select: { slug: true, name: true, _count: { select: { benchmarks: true } } } },
        },
      }),
    ]);
    const items = datasets.map((d) => ({
      slug: d.slug,
      name: d.name,
      description: d.description,
      modalities: modalitiesOf(d.modalities),
      subsets: d.subsets.map((s) => ({ slug: s.slug, name: s.name })),
      benchmarkCount: d._count.benchmarks + d.subsets.reduce((sum, s) => sum + s._count.benchmarks, 0),
    }));
    return { items, page, pageCount: pageCountOf(total, DATASETS_PAGE_SIZE), total };
  });
}

export type DatasetPage = {
  id: string;
  slug: string;
  name: string;
  description: string;
  homepage: string | null;
  licence: string | null;
  modalities: string[];
  fullName: string | null;
  introducedAt: Date | null;
  /** The paper that introduced it, as the archive names it. */
  paper: { title: string | null; url: string | null } | null;
  /** Tasks it serves, whether or not it has a leaderboard for them. */
  tasks: Link[];
  languages: string[];
  variants: string[];
  links: { title: string; url: string }[];
  citations: { title: string; url: string }[];
  parent: Link | null;
  subsets: (Link & { description: string })[];
  /** Benchmarks and papers count its subsets' too; the most reported, at most DATASET_BENCHMARKS_SHOWN of benchmarkCount. */
  benchmarks: BenchmarkItem[];
  benchmarkCount: number;
  papers: PaperItem[];
  paperCount: number;
};

/**
 * A dataset with its links, subsets, benchmarks and latest papers (its subsets' too); null when unknown. Once per
 * render (the page and its metadata ask for it).
 */
export const getDatasetPage = cache(async (slug: string): Promise<DatasetPage | null> => {
  // Read on each render, not cached under the catalogue (see getTaskPage).
  const dataset = await prisma.dataset.findUnique({ where: { slug }, select: { id: true, subsets: { select: { id: true } } } });
  if (!dataset) return catalogueMiss();
  const datasetIds = [dataset.id, ...dataset.subsets.map((s) => s.id)];
  const top = await topBenchmarkIds({ datasetId: { in: datasetIds } }, DATASET_BENCHMARKS_SHOWN);
  const pageTags = [...datasetIds.map(tags.dataset), ...benchmarkTags(top.ids)];
  return cached(["dataset-page", dataset.id], pageTags, () => readDatasetPage(dataset.id, datasetIds, top));
});

async function readDatasetPage(id: string, datasetIds: string[], top: TopBenchmarks): Promise<DatasetPage | null> {
  const dataset = await prisma.dataset.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      homepage: true,
      licence: true,
      modalities: true,
      fullName: true,
      introducedAt: true,
      paperTitle: true,
      paperUrl: true,
      languages: true,
      variants: true,
      tasks: { orderBy: { name: "asc" }, select: { slug: true, name: true } },
      parent: { select: { slug: true, name: true } },
      subsets: { orderBy: { name: "asc" }, select: { slug: true, name: true, description: true } },
      links: { orderBy: { position: "asc" }, select: { kind: true, title: true, url: true } },
    },
  });
  if (!dataset) return null;
  const [benchmarks, papers] = await Promise.all([readBenchmarkItems({ id: { in: top.ids } }), readLinkedPapers({ datasetIds }, DATASET_PAPERS_SHOWN)]);
  const linksOf = (kind: string) => dataset.links.filter((l) => l.kind === kind && l.url !== dataset.homepage).map(({ title, url }) => ({ title, url }));
  return {
    id: dataset.id,
    slug: dataset.slug,
    name: dataset.name,
    description: dataset.description,
    homepage: dataset.homepage,
    licence: dataset.licence,
    modalities: modalitiesOf(dataset.modalities),
    fullName: dataset.fullName,
    introducedAt: dataset.introducedAt,
    paper: dataset.paperTitle || dataset.paperUrl ? { title: dataset.paperTitle, url: dataset.paperUrl } : null,
    tasks: dataset.tasks,
    languages: parseNames(dataset.languages),
    variants: parseNames(dataset.variants),
    links: linksOf("LINK"),
    citations: linksOf("CITATION"),
    parent: dataset.parent,
    subsets: dataset.subsets,
    benchmarks,
    benchmarkCount: top.total,
    papers: papers.items,
    paperCount: papers.total,
  };
}
