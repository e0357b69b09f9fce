import { insertRows, newId } from "./bulk-insert";
import { inList } from "./bulk-sql";
import { slugify, takenSlugsIn, uniqueSlugs } from "./slug";
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
  const [ref] = await findOrCreateTasks(tx, [input]);
  return ref;
}

type Wanted = {
  name: string;
  description: string;
  parentId: string | null;
  areaId: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  synonyms: string[];
};

/**
 * findOrCreateTask for many tasks at once, in a few statements; refs in input order. A name given twice
 * is one task: the first input says what it is, the later ones fill what the first left blank. A parent
 * must exist already (create a tree level by level).
 */
export async function findOrCreateTasks(tx: Tx, inputs: TaskInput[]): Promise<Written<TaskRef>[]> {
  const wanted = mergeByName(inputs);
  const existing = new Map((await findTasks(tx, [...wanted.keys()])).map((task) => [task.name, task]));
  const refs = new Map<string, Written<TaskRef>>();

  const missing = [...wanted.values()].filter((task) => !existing.has(task.name));
  if (missing.length > 0) {
    const slugs = await uniqueSlugs(
      missing.map((task) => slugify(task.name, "task")),
      takenSlugsIn(tx, "Task"),
    );
    const now = new Date();
    const ids = missing.map(() => newId());
    await insertRows(
      tx,
      "Task",
      ["id", "slug", "name", "description", "parentId", "areaId", "sourceTitle", "sourceUrl", "createdAt", "updatedAt"],
      missing.map((task, i) => [ids[i], slugs[i], task.name, task.description, task.parentId, task.areaId, task.sourceTitle, task.sourceUrl, now, now]),
    );
    await insertSynonyms(
      tx,
      missing.flatMap((task, i) => task.synonyms.map((name) => ({ taskId: ids[i], name }))),
    );
    missing.forEach((task, i) => refs.set(task.name, { id: ids[i], slug: slugs[i], name: task.name, areaId: task.areaId, outcome: "created" }));
  }

  const newSynonyms: { taskId: string; name: string }[] = [];
  for (const [name, task] of existing) {
    const input = wanted.get(name)!;
    const data = {
      description: !task.description && input.description ? input.description : undefined,
      parentId: !task.parentId && input.parentId && !(await isSelfOrDescendant(tx, input.parentId, task.id)) ? input.parentId : undefined,
      areaId: !task.areaId && input.areaId ? input.areaId : undefined,
      sourceTitle: !task.sourceTitle && input.sourceTitle ? input.sourceTitle : undefined,
      sourceUrl: !task.sourceUrl && input.sourceUrl ? input.sourceUrl : undefined,
    };
    const known = new Set(task.synonyms);
    const added = input.synonyms.filter((synonym) => !known.has(synonym));
    const hasChanges = Object.values(data).some((value) => value !== undefined);
    if (hasChanges) await tx.task.update({ where: { id: task.id }, data });
    newSynonyms.push(...added.map((synonym) => ({ taskId: task.id, name: synonym })));
    refs.set(name, {
      id: task.id,
      slug: task.slug,
      name,
      areaId: data.areaId ?? task.areaId,
      outcome: outcomeOf(hasChanges, added.length > 0),
    });
  }
  await insertSynonyms(tx, newSynonyms);
  return inputs.map((input) => refs.get(input.name.trim())!);
}

function mergeByName(inputs: TaskInput[]): Map<string, Wanted> {
  const wanted = new Map<string, Wanted>();
  for (const input of inputs) {
    const name = input.name.trim();
    const synonyms = (input.synonyms ?? []).map((synonym) => synonym.trim()).filter((synonym) => synonym && synonym !== name);
    const task: Wanted = {
      name,
      description: input.description?.trim() ?? "",
      parentId: input.parentId ?? null,
      areaId: input.areaId ?? null,
      sourceTitle: input.sourceTitle || null,
      sourceUrl: input.sourceUrl || null,
      synonyms: [...new Set(synonyms)],
    };
    const known = wanted.get(name);
    wanted.set(
      name,
      known
        ? {
            name,
            description: known.description || task.description,
            parentId: known.parentId ?? task.parentId,
            areaId: known.areaId ?? task.areaId,
            sourceTitle: known.sourceTitle ?? task.sourceTitle,
            sourceUrl: known.sourceUrl ?? task.sourceUrl,
            synonyms: [...new Set([...known.synonyms, ...task.synonyms])],
          }
        : task,
    );
  }
  return wanted;
}

type ExistingTask = Wanted & { id: string; slug: string };

async function findTasks(tx: Tx, names: string[]): Promise<ExistingTask[]> {
  const tasks = await tx.$queryRaw<Omit<ExistingTask, "synonyms">[]>`
    SELECT "id", "slug", "name", "description", "parentId", "areaId", "sourceTitle", "sourceUrl"
    FROM "Task" WHERE "name" IN ${inList(names)}`;
  if (tasks.length === 0) return [];
  const synonyms = await tx.$queryRaw<{ taskId: string; name: string }[]>`
    SELECT "taskId", "name" FROM "TaskSynonym" WHERE "taskId" IN ${inList(tasks.map((task) => task.id))}`;
  const byTask = new Map(tasks.map((task) => [task.id, { ...task, synonyms: [] as string[] }]));
  for (const synonym of synonyms) byTask.get(synonym.taskId)!.synonyms.push(synonym.name);
  return [...byTask.values()];
}

async function insertSynonyms(tx: Tx, synonyms: { taskId: string; name: string }[]): Promise<void> {
  await insertRows(
    tx,
    "TaskSynonym",
    ["id", "taskId", "name"],
    synonyms.map((synonym) => [newId(), synonym.taskId, synonym.name]),
  );
}

// Giving a task a parent must not close a loop in the tree.
async function isSelfOrDescendant(tx: Tx, candidateId: string, taskId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let id: string | null = candidateId; id && !seen.has(id);) {
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
