import "server-only";
import { prisma } from "@/lib/db";
import { findNearNames, type NamedEntry, type NearName } from "@/lib/near-names/near-names";

async function taskEntries(): Promise<NamedEntry[]> {
  const [tasks, aliases] = await Promise.all([
    prisma.task.findMany({ select: { id: true, name: true, slug: true, synonyms: { select: { name: true } } } }),
    prisma.catalogueAlias.findMany({ where: { kind: "task" }, select: { targetId: true, name: true } }),
  ]);
  return withAliases(
    tasks.map((task) => ({ id: task.id, name: task.name, slug: task.slug, aliases: task.synonyms.map((synonym) => synonym.name) })),
    aliases,
  );
}

async function datasetEntries(): Promise<NamedEntry[]> {
  const [datasets, aliases] = await Promise.all([
    prisma.dataset.findMany({ where: { parentId: null }, select: { id: true, name: true, slug: true } }),
    prisma.catalogueAlias.findMany({ where: { kind: "dataset" }, select: { targetId: true, name: true } }),
  ]);
  return withAliases(datasets, aliases);
}

function withAliases(entries: NamedEntry[], aliases: { targetId: string; name: string }[]): NamedEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, { ...entry, aliases: [...(entry.aliases ?? [])] }]));
  for (const alias of aliases) byId.get(alias.targetId)?.aliases.push(alias.name);
  return [...byId.values()];
}

export type NearEntries = { task: NearName[]; dataset: NearName[] };

/** For each new task or dataset a submission proposes, the existing entries its name is near. */
export async function getNearEntries(proposed: { task: string | null; dataset: string | null }): Promise<NearEntries> {
  const [task, dataset] = await Promise.all([
    proposed.task ? taskEntries().then((entries) => findNearNames(proposed.task!, entries)) : [],
    proposed.dataset ? datasetEntries().then((entries) => findNearNames(proposed.dataset!, entries)) : [],
  ]);
  return { task, dataset };
}
