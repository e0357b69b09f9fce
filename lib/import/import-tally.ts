import { tags } from "@/lib/cache/tags";
import { isNewIdSince } from "@/lib/catalogue/bulk-insert";
import type { Outcome } from "@/lib/catalogue/types";

export const ENTITY_KINDS = ["tasks", "datasets", "benchmarks", "papers", "results", "methods", "code links"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Per outcome, and "merged": rows identical to one read before in the same table, written once. */
export type Counts = Record<Outcome | "merged", number>;

const RANK: Record<Outcome, number> = { unchanged: 0, updated: 1, created: 2 };

/** Rows that existed before the import, remembered per kind to count each once; past this, forgotten and begun again. */
const REMEMBERED_ROWS = 50_000;

/**
 * What an import did, each row counted once however often the file names it (a paper in many
 * tables: created the first time, and created it stays), and the cache tags of what it wrote.
 * Memory stays bounded whatever the size of the files: a row this import created is known by its id
 * (`isNewIdSince`), so only rows that existed before are remembered, at most REMEMBERED_ROWS a kind
 * (a row named again after that many others may be counted twice).
 */
export class ImportTally {
  private readonly startedAt = Date.now();
  private readonly counted = new Map<EntityKind, Counts>(ENTITY_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, merged: 0 }]));
  private readonly earlier = new Map<EntityKind, Map<string, Outcome>>(ENTITY_KINDS.map((kind) => [kind, new Map()]));
  /** Rows created by the batch being written: a batch may name a new row twice. */
  private readonly createdInBatch = new Set<string>();
  readonly expiredTags = new Set<string>();

  /** A row identical to one before it in the same table: one result, counted as merged. */
  recordMerged(kind: EntityKind): void {
    this.counted.get(kind)!.merged += 1;
  }

  record(kind: EntityKind, id: string, outcome: Outcome): void {
    this.count(kind, id, outcome);
    if (outcome !== "unchanged") {
      this.expiredTags.add(tags.catalogue);
      const tag = TAG_OF[kind];
      if (tag) this.expiredTags.add(tag(id));
    }
  }

  private count(kind: EntityKind, id: string, outcome: Outcome): void {
    const counts = this.counted.get(kind)!;
    if (outcome === "created") {
      if (!this.createdInBatch.has(id)) counts.created += 1;
      this.createdInBatch.add(id);
      return;
    }
    if (isNewIdSince(id, this.startedAt)) return; // created by this import, and counted so
    const earlier = this.earlier.get(kind)!;
    const known = earlier.get(id);
    if (known && RANK[known] >= RANK[outcome]) return;
    if (known) counts[known] -= 1;
    else if (earlier.size >= REMEMBERED_ROWS) earlier.clear();
    earlier.set(id, outcome);
    counts[outcome] += 1;
  }

  /** Marks a cached page as stale without counting a change to its row (a result changed on it). */
  touch(kind: Exclude<EntityKind, "results" | "code links">, id: string): void {
    this.expiredTags.add(tags.catalogue);
    this.expiredTags.add(TAG_OF[kind](id));
  }

  /** After a batch: the tags of the rows it wrote, forgotten once taken, so that memory holds one batch's. */
  endBatch(): string[] {
    const fresh = [...this.expiredTags];
    this.expiredTags.clear();
    this.createdInBatch.clear();
    return fresh;
  }

  counts(kind: EntityKind): Counts {
    return { ...this.counted.get(kind)! };
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
