// What the public sees: results moderators approved and nobody retracted. One condition, in the two
// forms the reads need; a retracted result stays in the database for its history.

/** A Prisma `where` on Result (or spread into one: `{ benchmarkId, ...PUBLISHED }`). */
export const PUBLISHED = { status: "PUBLISHED" } as const;

/** The same condition in raw SQL, on the Result table under `alias`. */
export function publishedSql(alias: string): string {
  return `${alias}."status" = 'PUBLISHED'`;
}
