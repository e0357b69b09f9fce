// What the public sees: results moderators approved and nobody retracted. One condition, in the two
// forms the reads need; a retracted result stays in the database for its history.
import { prisma } from "@/lib/db";

/** A Prisma `where` on Result (or spread into one: `{ benchmarkId, ...PUBLISHED }`). */
export const PUBLISHED = { status: "PUBLISHED" } as const;

/** The same condition in raw SQL, on the Result table under `alias`. */
export function publishedSql(alias: string): string {
  return `${alias}."status" = 'PUBLISHED'`;
}

/**
 * How many published results each of these benchmarks has (0 when none). Counted for them alone: Prisma's
 * `_count` in a benchmark query groups every result of the catalogue first (20 ms at the archive's size).
 */
export async function publishedResultCounts(benchmarkIds: string[]): Promise<Map<string, number>> {
  const groups = await prisma.result.groupBy({ by: ["benchmarkId"], where: { benchmarkId: { in: benchmarkIds }, ...PUBLISHED }, _count: true });
  return new Map(groups.map((group) => [group.benchmarkId, group._count]));
}
