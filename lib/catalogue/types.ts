/** The one transaction type, lib/db.ts `Tx`, here for the catalogue's writers. */
export type { Tx } from "@/lib/db";

/** What a find-or-create or an upsert did to the row. */
export type Outcome = "created" | "updated" | "unchanged";

export type Written<T> = T & { outcome: Outcome };

/** "updated" when any of the changes is true, else "unchanged". */
export function outcomeOf(...changes: boolean[]): Outcome {
  return changes.some(Boolean) ? "updated" : "unchanged";
}
