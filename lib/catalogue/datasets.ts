import type { DatasetLinkKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertRows, newId } from "./bulk-insert";
import { inList, jsonTable } from "./bulk-sql";
import { slugify, takenSlugsIn, uniqueSlugs } from "./slug";
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
  const [ref] = await findOrCreateDatasets(tx, [input]);
  return ref;
}

type Wanted = { key: string; name: string; parent: DatasetRef | null; description: string; links: DatasetLinkInput[] };

/**
 * findOrCreateDataset for many datasets at once, in a few statements; refs in input order. The same
 * name under the same parent given twice is one dataset, with the links of both. A parent must exist
 * already (create datasets before their subsets).
 */
export async function findOrCreateDatasets(tx: Tx, inputs: DatasetInput[]): Promise<Written<DatasetRef>[]> {
  const wanted = mergeByKey(inputs);
  const existing = await findDatasets(tx, [...wanted.values()]);
  const refs = new Map<string, Written<DatasetRef>>();
  const newLinks: { datasetId: string; link: DatasetLinkInput; position: number }[] = [];

  const missing = [...wanted.values()].filter((dataset) => !existing.has(dataset.key));
  if (missing.length > 0) {
    const slugs = await uniqueSlugs(
      missing.map((dataset) => (dataset.parent ? `${dataset.parent.slug}-${slugify(dataset.name, "subset")}` : slugify(dataset.name, "dataset"))),
      takenSlugsIn(tx, "Dataset"),
    );
    const now = new Date();
    const ids = missing.map(() => newId());
    await insertRows(
      tx,
      "Dataset",
      ["id", "slug", "name", "parentId", "description", "createdAt", "updatedAt"],
      missing.map((dataset, i) => [ids[i], slugs[i], dataset.name, dataset.parent?.id ?? null, dataset.description, now, now]),
    );
    missing.forEach((dataset, i) => {
      refs.set(dataset.key, { id: ids[i], slug: slugs[i], outcome: "created" });
      newLinks.push(...dataset.links.map((link, position) => ({ datasetId: ids[i], link, position })));
    });
  }

  for (const [key, dataset] of existing) {
    const input = wanted.get(key)!;
    const description = !dataset.description && input.description ? input.description : undefined;
    if (description) await tx.dataset.update({ where: { id: dataset.id }, data: { description } });
    const known = new Set(dataset.links.map((link) => linkKey(link)));
    const added = input.links.filter((link) => !known.has(linkKey(link)));
    const nextPosition = Math.max(-1, ...dataset.links.map((link) => link.position)) + 1;
    newLinks.push(...added.map((link, i) => ({ datasetId: dataset.id, link, position: nextPosition + i })));
    refs.set(key, { id: dataset.id, slug: dataset.slug, outcome: outcomeOf(Boolean(description), added.length > 0) });
  }

  await insertRows(
    tx,
    "DatasetLink",
    ["id", "datasetId", "kind", "title", "url", "position"],
    newLinks.map(({ datasetId, link, position }) => [newId(), datasetId, link.kind, link.title, link.url, position]),
  );
  return inputs.map((input) => refs.get(keyOf(input.name.trim(), input.parent?.id ?? null))!);
}

function keyOf(name: string, parentId: string | null): string {
  return `${parentId ?? ""}\u0000${name}`;
}

function mergeByKey(inputs: DatasetInput[]): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>();
  for (const input of inputs) {
    const name = input.name.trim();
    const key = keyOf(name, input.parent?.id ?? null);
    const links = (input.links ?? []).filter((link) => link.url.trim() !== "").map((link) => ({ ...link, url: link.url.trim() }));
    const known = wanted.get(key);
    wanted.set(key, {
      key,
      name,
      parent: input.parent ?? null,
      description: known?.description || (input.description?.trim() ?? ""),
      links: dedupeLinks([...(known?.links ?? []), ...links]),
    });
  }
  return wanted;
}

type ExistingDataset = {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  description: string;
  links: { kind: DatasetLinkKind; url: string; position: number }[];
};

async function findDatasets(tx: Tx, wanted: Wanted[]): Promise<Map<string, ExistingDataset>> {
  const topNames = wanted.flatMap((dataset) => (dataset.parent ? [] : [dataset.name]));
  const subsets = wanted.flatMap((dataset) => (dataset.parent ? [[dataset.parent.id, dataset.name]] : []));
  const columns = Prisma.raw(`d."id", d."slug", d."name", d."parentId", d."description"`);
  const rows = [
    ...(topNames.length === 0
      ? []
      : await tx.$queryRaw<Omit<ExistingDataset, "links">[]>`
          SELECT ${columns} FROM "Dataset" d WHERE d."parentId" IS NULL AND d."name" IN ${inList(topNames)}`),
    ...(subsets.length === 0
      ? []
      : await tx.$queryRaw<Omit<ExistingDataset, "links">[]>`
          SELECT ${columns} FROM "Dataset" d
          JOIN ${jsonTable(["parentId", "name"], subsets)} AS w ON d."parentId" = w."parentId" AND d."name" = w."name"`),
  ];
  const found = new Map(rows.map((row) => [keyOf(row.name, row.parentId), { ...row, links: [] as ExistingDataset["links"] }]));
  if (found.size > 0) {
    const byId = new Map([...found.values()].map((dataset) => [dataset.id, dataset]));
    const links = await tx.$queryRaw<(ExistingDataset["links"][number] & { datasetId: string })[]>`
      SELECT "datasetId", "kind", "url", "position" FROM "DatasetLink" WHERE "datasetId" IN ${inList([...byId.keys()])}`;
    for (const { datasetId, ...link } of links) byId.get(datasetId)!.links.push(link);
  }
  return found;
}

function linkKey(link: { kind: DatasetLinkKind; url: string }): string {
  return `${link.kind} ${link.url.trim()}`;
}

function dedupeLinks(links: DatasetLinkInput[]): DatasetLinkInput[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(linkKey(link)) && seen.add(linkKey(link)));
}
