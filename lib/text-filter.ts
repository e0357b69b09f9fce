import { databaseProvider } from "@/lib/database-url";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Prisma's `contains`, ignoring case on either database: SQLite's LIKE already does (for ASCII letters);
 * PostgreSQL needs `mode: "insensitive"`, which the client generated for SQLite does not know.
 */
export function containsText(text: string): Prisma.StringFilter {
  return (databaseProvider() === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text }) as Prisma.StringFilter;
}
