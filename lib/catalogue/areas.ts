import { insertRows, newId } from "./bulk-insert";
import { slugify, takenSlugsIn, uniqueSlugs } from "./slug";
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
  const [area] = await findOrCreateAreas(tx, [category]);
  return area;
}

/** The areas of these categories, in order, each created when missing. */
export async function findOrCreateAreas(tx: Tx, categories: string[]): Promise<Written<{ id: string }>[]> {
  const names = [...new Set(categories.map(areaName))];
  const existing = await tx.area.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const byName = new Map<string, Written<{ id: string }>>(existing.map((area) => [area.name, { id: area.id, outcome: "unchanged" }]));
  const missing = names.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    const slugs = await uniqueSlugs(
      missing.map((name) => slugify(name, "area")),
      takenSlugsIn(tx, "Area"),
    );
    const rows = missing.map((name, i) => ({ id: newId(), name, slug: slugs[i] }));
    await insertRows(
      tx,
      "Area",
      ["id", "name", "slug"],
      rows.map((row) => [row.id, row.name, row.slug]),
    );
    for (const row of rows) byName.set(row.name, { id: row.id, outcome: "created" });
  }
  return categories.map((category) => byName.get(areaName(category))!);
}
