import type { DatasetLinkKind } from "@/lib/generated/prisma/enums";
import { slugify, uniqueSlugs } from "./slug";
import { outcomeOf, type Tx, type Written } from "./types";

export type DatasetLinkInput = { kind: DatasetLinkKind; title: string; url: string };

export type DatasetInput = {
  name: string;
  /** The dataset this one is a subset of. */
  parent?: DatasetRef | null;
  description?: string;
  links?: DatasetLinkInput[];
};

export type DatasetRef = { id: string; slug: string };

/**
 * The dataset of that name (under that parent for a subset), created when missing; a subset's slug is
 * "<parent-slug>-<subset-slug>". An existing dataset gains a description it lacks and links it does not have.
 */
export async function findOrCreateDataset(tx: Tx, input: DatasetInput): Promise<Written<DatasetRef>> {
  const name = input.name.trim();
  const parentId = input.parent?.id ?? null;
  const links = (input.links ?? []).filter((link) => link.url.trim() !== "");
  const existing = await tx.dataset.findFirst({
    where: { name, parentId },
    select: { id: true, slug: true, description: true, links: { select: { kind: true, url: true, position: true } } },
  });

  if (!existing) {
    const wanted = input.parent ? `${input.parent.slug}-${slugify(name, "subset")}` : slugify(name, "dataset");
    const [slug] = await uniqueSlugs([wanted], (slugs) => takenDatasetSlugs(tx, slugs));
    const created = await tx.dataset.create({
      data: {
        name,
        slug,
        parentId,
        description: input.description?.trim() ?? "",
        links: { create: dedupeLinks(links).map((link, position) => ({ ...link, url: link.url.trim(), position })) },
      },
      select: { id: true, slug: true },
    });
    return { ...created, outcome: "created" };
  }

  const description = !existing.description && input.description?.trim() ? input.description.trim() : undefined;
  if (description) await tx.dataset.update({ where: { id: existing.id }, data: { description } });
  const known = new Set(existing.links.map((link) => linkKey(link)));
  const newLinks = dedupeLinks(links).filter((link) => !known.has(linkKey(link)));
  const nextPosition = Math.max(-1, ...existing.links.map((link) => link.position)) + 1;
  if (newLinks.length > 0) {
    await tx.datasetLink.createMany({
      data: newLinks.map((link, i) => ({ ...link, url: link.url.trim(), datasetId: existing.id, position: nextPosition + i })),
    });
  }
  return { id: existing.id, slug: existing.slug, outcome: outcomeOf(Boolean(description), newLinks.length > 0) };
}

function linkKey(link: { kind: DatasetLinkKind; url: string }): string {
  return `${link.kind} ${link.url.trim()}`;
}

function dedupeLinks(links: DatasetLinkInput[]): DatasetLinkInput[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(linkKey(link)) && seen.add(linkKey(link)));
}

async function takenDatasetSlugs(tx: Tx, slugs: string[]): Promise<string[]> {
  const rows = await tx.dataset.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
