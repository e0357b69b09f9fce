import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { paperItemSelect, toPaperItem, type PaperItem } from "./shapes";

// Papers linked to tasks or datasets, read from the link tables. Prisma's form of these reads ("papers with
// some task in …") checks every paper of the catalogue for a link: 30 to 60 ms each at the archive's size,
// on every task, dataset and paper page that an approval expires (docs/performance.md). These take a few ms.

export type PaperLinks = { taskIds?: string[]; datasetIds?: string[] };

/** The ids of the papers linked to any of these tasks or datasets, as a subquery; null when none is given. */
export function linkedPaperIds({ taskIds = [], datasetIds = [] }: PaperLinks): Prisma.Sql | null {
  const linked = [
    ...(taskIds.length ? [Prisma.sql`SELECT "A" FROM "_PaperToTask" WHERE "B" IN (${Prisma.join(taskIds)})`] : []),
    ...(datasetIds.length ? [Prisma.sql`SELECT "B" FROM "_DatasetToPaper" WHERE "A" IN (${Prisma.join(datasetIds)})`] : []),
  ];
  return linked.length ? Prisma.join(linked, " UNION ") : null;
}

/** The ids of the `take` newest papers among `linked`, but `except`: dated ones first, newest first, then by title. */
export async function latestPaperIds(linked: Prisma.Sql, take: number, except = ""): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Paper" p
    WHERE p."id" IN (${linked}) AND p."id" <> ${except}
    ORDER BY p."publishedAt" DESC NULLS LAST, p."title" ASC
    LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/** The `take` newest papers linked to these tasks or datasets, as lists show them, and how many are linked in all. */
export async function readLinkedPapers(links: PaperLinks, take: number): Promise<{ items: PaperItem[]; total: number }> {
  const linked = linkedPaperIds(links);
  if (!linked) return { items: [], total: 0 };
  const [ids, [count]] = await Promise.all([
    latestPaperIds(linked, take),
    prisma.$queryRaw<{ total: number | bigint }[]>`SELECT count(*) AS "total" FROM (${linked}) AS "linked"`,
  ]);
  const papers = await prisma.paper.findMany({ where: { id: { in: ids } }, select: { ...paperItemSelect, id: true } });
  const byId = new Map(papers.map((paper) => [paper.id, toPaperItem(paper)]));
  return { items: ids.flatMap((id) => byId.get(id) ?? []), total: Number(count?.total ?? 0) };
}

/** How many papers each of these tasks is linked to; a task with none is absent. */
export async function paperCountsOfTasks(taskIds: string[]): Promise<Map<string, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ taskId: string; count: number | bigint }[]>`
    SELECT "B" AS "taskId", count(*) AS "count" FROM "_PaperToTask" WHERE "B" IN (${Prisma.join(taskIds)}) GROUP BY "B"`;
  return new Map(rows.map((row) => [row.taskId, Number(row.count)]));
}
