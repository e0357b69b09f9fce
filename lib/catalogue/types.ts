import type { Prisma } from "@/lib/generated/prisma/client";

/** The Prisma client inside `prisma.$transaction(async (tx) => …)`: every catalogue write takes one. */
export type Tx = Prisma.TransactionClient;

/** What a find-or-create or an upsert did to the row. */
export type Outcome = "created" | "updated" | "unchanged";

export type Written<T> = T & { outcome: Outcome };

/** "updated" when any of the changes is true, else "unchanged". */
export function outcomeOf(...changes: boolean[]): Outcome {
  return changes.some(Boolean) ? "updated" : "unchanged";
}
