// What the public sees: results moderators approved and nobody retracted. One condition, in the two
// forms the reads need, and the count of such results that lists show; a retracted result stays in the
// database for its history.
import { prisma } from "@/lib/db";

/** A Prisma `where` on Result (or spread into one: `{ benchmarkId, ...PUBLISHED }`). */
export const PUBLISHED = { status: "PUBLISHED" } as const;

/** The same condition in raw SQL, on the Result table under `alias`. */
export function publishedSql(alias: string): string {
  return `${alias}."status" = 'PUBLISHED'`;
}

/**
 * How many published results each of these benchmarks (or papers) has; absent when none. Counted for them alone:
 * Prisma's `_count` in a benchmark or paper query groups every result of the catalogue first (20 ms for a list of
 * benchmarks, 190 ms for a page of papers, at the archive's size).
 */
export async function publishedResultCounts(of: "benchmarkId" | "paperId", ids: string[]): Promise<Map<string, number>> {
  const groups = await prisma.result.groupBy({ by: [of], where: { [of]: { in: ids }, ...PUBLISHED }, _count: true });
  return new Map(groups.map((group) => [group[of] ?? "", group._count]));
}

/**
 * How many results the public sees, in the whole catalogue. Plain SQL: Prisma's count selects each row's id in a
 * subquery, which reads the whole Result table (37 ms at the archive's size); this reads an index (4 ms).
 */
export async function countPublishedResults(): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ count: number | bigint }[]>(`SELECT count(*) AS "count" FROM "Result" r WHERE ${publishedSql("r")}`);
  return Number(row?.count ?? 0);
}
