import { Prisma } from "@/lib/generated/prisma/client";
import { inList } from "./bulk-sql";
import type { Tx } from "./types";

const MAX_LENGTH = 80;

/** "Image Classification on ImageNet" → "image-classification-on-imagenet"; `fallback` when nothing is left. */
export function slugify(text: string, fallback = "untitled"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\+/g, " plus ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cut(slug) || fallback;
}

function cut(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const head = slug.slice(0, MAX_LENGTH);
  const lastDash = head.lastIndexOf("-");
  return (lastDash > MAX_LENGTH / 2 ? head.slice(0, lastDash) : head).replace(/-+$/, "");
}

/** Which of these slugs are already used: one query on the table that needs unique slugs. */
export type FindTakenSlugs = (slugs: string[]) => Promise<string[]>;

/** FindTakenSlugs for a table of the catalogue with a "slug" column. */
export function takenSlugsIn(tx: Tx, table: "Area" | "Task" | "Dataset" | "Benchmark" | "Paper" | "Method"): FindTakenSlugs {
  return async (slugs) => {
    const rows = await tx.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM ${Prisma.raw(`"${table}"`)} WHERE "slug" IN ${inList(slugs)}`;
    return rows.map((row) => row.slug);
  };
}

const CANDIDATES_PER_QUERY = 20;
// Slugs asked about in one query: well under every database's limit of bound parameters.
const SLUGS_PER_QUERY = 500;

/**
 * A unique slug for each wanted slug, in order: the slug itself when free, else "slug-2", "slug-3"…
 * Slugs repeated in `wanted` get different suffixes, so that a batch of new rows can be created at once.
 */
export async function uniqueSlugs(wanted: string[], findTaken: FindTakenSlugs): Promise<string[]> {
  const taken = new Set<string>();
  const free = new Set<string>();
  const check = async (slugs: string[]) => {
    const unknown = slugs.filter((slug) => !taken.has(slug) && !free.has(slug));
    if (unknown.length === 0) return;
    const found = new Set<string>();
    for (let start = 0; start < unknown.length; start += SLUGS_PER_QUERY) {
      for (const slug of await findTaken(unknown.slice(start, start + SLUGS_PER_QUERY))) found.add(slug);
    }
    for (const slug of unknown) (found.has(slug) ? taken : free).add(slug);
  };
  const used = new Set<string>();
  const isFree = (slug: string) => free.has(slug) && !used.has(slug);

  await check([...new Set(wanted)]);
  const slugs: string[] = [];
  for (const slug of wanted) {
    let chosen = isFree(slug) ? slug : undefined;
    for (let first = 2; chosen === undefined; first += CANDIDATES_PER_QUERY) {
      const candidates = Array.from({ length: CANDIDATES_PER_QUERY }, (_, i) => `${slug}-${first + i}`);
      await check(candidates);
      chosen = candidates.find(isFree);
    }
    used.add(chosen);
    slugs.push(chosen);
  }
  return slugs;
}

/** One unique slug for `text`. */
export async function uniqueSlug(text: string, findTaken: FindTakenSlugs, fallback?: string): Promise<string> {
  const [slug] = await uniqueSlugs([slugify(text, fallback)], findTaken);
  return slug;
}
