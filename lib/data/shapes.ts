// Selections and their plain shapes shared by the catalogue's reads. Cached reads go through JSON,
// so dates leave here as ISO strings.
import type { Prisma } from "@/lib/generated/prisma/client";

export const paperItemSelect = {
  slug: true,
  title: true,
  publishedAt: true,
  venue: true,
  authors: { select: { name: true }, orderBy: { position: "asc" } },
  repositories: { select: { id: true }, take: 1 },
} satisfies Prisma.PaperSelect;

export type PaperItem = { slug: string; title: string; publishedAt: string | null; venue: string | null; authors: string[]; hasCode: boolean };

export function toPaperItem(paper: Prisma.PaperGetPayload<{ select: typeof paperItemSelect }>): PaperItem {
  return {
    slug: paper.slug,
    title: paper.title,
    publishedAt: paper.publishedAt?.toISOString() ?? null,
    venue: paper.venue,
    authors: paper.authors.map((author) => author.name),
    hasCode: paper.repositories.length > 0,
  };
}

/** Papers newest first; undated ones last. */
export const latestPapersFirst = [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }] satisfies Prisma.PaperOrderByWithRelationInput[];

export const datasetNameSelect = { slug: true, name: true, parent: { select: { name: true } } } satisfies Prisma.DatasetSelect;

/** "COCO test-dev" for a subset, "ImageNet" for a dataset. */
export function datasetLabel(dataset: { name: string; parent: { name: string } | null }): string {
  return dataset.parent ? `${dataset.parent.name} ${dataset.name}` : dataset.name;
}
