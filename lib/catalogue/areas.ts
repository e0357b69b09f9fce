import { uniqueSlug } from "./slug";
import type { Tx, Written } from "./types";

// The archive's categories sometimes come abbreviated.
const AREA_NAMES: Record<string, string> = {
  nlp: "Natural Language Processing",
  cv: "Computer Vision",
  rl: "Reinforcement Learning",
  asr: "Speech",
  ml: "Methodology",
  graph: "Graphs",
  graphs: "Graphs",
  ts: "Time Series",
};

/** "NLP" → "Natural Language Processing"; a full name is kept as written. */
export function areaName(category: string): string {
  const name = category.replace(/\s+/g, " ").trim();
  return AREA_NAMES[name.toLowerCase()] ?? name;
}

/** The area of that name, created when missing. */
export async function findOrCreateArea(tx: Tx, category: string): Promise<Written<{ id: string }>> {
  const name = areaName(category);
  const existing = await tx.area.findUnique({ where: { name }, select: { id: true } });
  if (existing) return { ...existing, outcome: "unchanged" };
  const slug = await uniqueSlug(name, (slugs) => takenAreaSlugs(tx, slugs), "area");
  const created = await tx.area.create({ data: { name, slug }, select: { id: true } });
  return { ...created, outcome: "created" };
}

async function takenAreaSlugs(tx: Tx, slugs: string[]): Promise<string[]> {
  const rows = await tx.area.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
