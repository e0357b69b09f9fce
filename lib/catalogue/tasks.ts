import { uniqueSlug } from "./slug";
import { outcomeOf, type Tx, type Written } from "./types";

export type TaskInput = {
  name: string;
  description?: string;
  parentId?: string | null;
  areaId?: string | null;
  synonyms?: string[];
  sourceTitle?: string | null;
  sourceUrl?: string | null;
};

export type TaskRef = { id: string; slug: string; name: string; areaId: string | null };

/**
 * The task of that name, created when missing. An existing task keeps what it has (a moderator may have
 * edited it) and only gains what it lacks: a description, a parent, an area, a source, synonyms.
 */
export async function findOrCreateTask(tx: Tx, input: TaskInput): Promise<Written<TaskRef>> {
  const name = input.name.trim();
  const synonyms = [...new Set((input.synonyms ?? []).map((synonym) => synonym.trim()))].filter(
    (synonym) => synonym && synonym !== name,
  );
  const existing = await tx.task.findUnique({ where: { name }, include: { synonyms: { select: { name: true } } } });

  if (!existing) {
    const slug = await uniqueSlug(name, (slugs) => takenTaskSlugs(tx, slugs), "task");
    const created = await tx.task.create({
      data: {
        name,
        slug,
        description: input.description?.trim() ?? "",
        parentId: input.parentId ?? null,
        areaId: input.areaId ?? null,
        sourceTitle: input.sourceTitle || null,
        sourceUrl: input.sourceUrl || null,
        synonyms: { create: synonyms.map((synonym) => ({ name: synonym })) },
      },
    });
    return { id: created.id, slug, name, areaId: created.areaId, outcome: "created" };
  }

  const data = {
    description: !existing.description && input.description?.trim() ? input.description.trim() : undefined,
    parentId:
      !existing.parentId && input.parentId && !(await isSelfOrDescendant(tx, input.parentId, existing.id))
        ? input.parentId
        : undefined,
    areaId: !existing.areaId && input.areaId ? input.areaId : undefined,
    sourceTitle: !existing.sourceTitle && input.sourceTitle ? input.sourceTitle : undefined,
    sourceUrl: !existing.sourceUrl && input.sourceUrl ? input.sourceUrl : undefined,
  };
  const known = new Set(existing.synonyms.map((synonym) => synonym.name));
  const newSynonyms = synonyms.filter((synonym) => !known.has(synonym));
  const hasChanges = Object.values(data).some((value) => value !== undefined);

  if (hasChanges) await tx.task.update({ where: { id: existing.id }, data });
  if (newSynonyms.length > 0) {
    await tx.taskSynonym.createMany({ data: newSynonyms.map((synonym) => ({ taskId: existing.id, name: synonym })) });
  }
  return {
    id: existing.id,
    slug: existing.slug,
    name,
    areaId: data.areaId ?? existing.areaId,
    outcome: outcomeOf(hasChanges, newSynonyms.length > 0),
  };
}

// Giving a task a parent must not close a loop in the tree.
async function isSelfOrDescendant(tx: Tx, candidateId: string, taskId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let id: string | null = candidateId; id && !seen.has(id); ) {
    if (id === taskId) return true;
    seen.add(id);
    const row: { parentId: string | null } | null = await tx.task.findUnique({
      where: { id },
      select: { parentId: true },
    });
    id = row?.parentId ?? null;
  }
  return false;
}

async function takenTaskSlugs(tx: Tx, slugs: string[]): Promise<string[]> {
  const rows = await tx.task.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
