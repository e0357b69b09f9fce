import { tags } from "@/lib/cache/tags";
import type { Outcome } from "@/lib/catalogue/types";

export const ENTITY_KINDS = ["tasks", "datasets", "benchmarks", "papers", "results", "methods", "code links"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Per outcome, and "merged": rows identical to one read before in the same table, written once. */
export type Counts = Record<Outcome | "merged", number>;

const RANK: Record<Outcome, number> = { unchanged: 0, updated: 1, created: 2 };

/**
 * What an import did, each row counted once however often the file names it (a paper in many
 * tables: created the first time, and created it stays), and the cache tags of what it wrote.
 */
export class ImportTally {
  private readonly outcomes = new Map<EntityKind, Map<string, Outcome>>(ENTITY_KINDS.map((kind) => [kind, new Map()]));
  readonly expiredTags = new Set<string>();
  private readonly merged = new Map<EntityKind, number>();

  /** A row identical to one before it in the same table: one result, counted as merged. */
  recordMerged(kind: EntityKind): void {
    this.merged.set(kind, (this.merged.get(kind) ?? 0) + 1);
  }

  record(kind: EntityKind, id: string, outcome: Outcome): void {
    const byId = this.outcomes.get(kind)!;
    const known = byId.get(id);
    if (!known || RANK[outcome] > RANK[known]) byId.set(id, outcome);
    if (outcome !== "unchanged") {
      this.expiredTags.add(tags.catalogue);
      const tag = TAG_OF[kind];
      if (tag) this.expiredTags.add(tag(id));
    }
  }

  /** Marks a cached page as stale without counting a change to its row (a result changed on it). */
  touch(kind: Exclude<EntityKind, "results" | "code links">, id: string): void {
    this.expiredTags.add(tags.catalogue);
    this.expiredTags.add(TAG_OF[kind](id));
  }

  /** The tags of the rows written since the last call; forgotten once taken, so memory holds a batch's. */
  takeExpiredTags(): string[] {
    const fresh = [...this.expiredTags];
    this.expiredTags.clear();
    return fresh;
  }

  counts(kind: EntityKind): Counts {
    const counts: Counts = { created: 0, updated: 0, unchanged: 0, merged: this.merged.get(kind) ?? 0 };
    for (const outcome of this.outcomes.get(kind)!.values()) counts[outcome] += 1;
    return counts;
  }
}

const TAG_OF = {
  tasks: tags.task,
  datasets: tags.dataset,
  benchmarks: tags.benchmark,
  papers: tags.paper,
  results: null,
  methods: tags.method,
  "code links": null,
} as const;
