import { newId } from "@/lib/catalogue/bulk-insert";
import { slugify, takenSlugsIn, uniqueSlugs } from "@/lib/catalogue/slug";
import type { Tx } from "@/lib/db";
import { resolvePapers, type WantedPaper } from "./archive-papers";
import type { ImportTally } from "./import-tally";

export type MethodCollection = { collection: string; area_id: string; area: string };

export type MethodInput = {
  name: string;
  /** Its id on paperswithcode.com, kept as the slug when free. */
  slug: string | null;
  fullName: string | null;
  description: string;
  introducedYear: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  codeSnippetUrl: string | null;
  collections: MethodCollection[];
  paper: WantedPaper | null;
};

/** The collections stored on a method: a JSON list, in the order first met. */
export function parseCollections(text: string): MethodCollection[] {
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? (list as MethodCollection[]) : [];
  } catch {
    return [];
  }
}

/**
 * Finds or creates methods by name, in one batch; ids by name. A known method keeps what it has and
 * gains what it lacks (full name, description, year, source, code, the paper that introduced it) and
 * collections it is not in yet.
 */
export async function writeMethods(tx: Tx, inputs: MethodInput[], tally: ImportTally): Promise<Map<string, string>> {
  const wanted = new Map<string, MethodInput>();
  for (const input of inputs) {
    const known = wanted.get(input.name);
    wanted.set(input.name, known ? fillMethod(known, input) : input);
  }
  const list = [...wanted.values()];
  const withPaper = list.filter((method) => method.paper);
  const paperIds = new Map<string, string>();
  if (withPaper.length > 0) {
    const refs = await resolvePapers(
      tx,
      withPaper.map((method) => method.paper!),
    );
    withPaper.forEach((method, i) => {
      paperIds.set(method.name, refs[i].id);
      // A paper found or made for a method is the catalogue's like any other: counted, and its tags expired when it changed.
      tally.record("papers", refs[i].id, refs[i].outcome);
    });
  }

  const existing = await tx.method.findMany({ where: { name: { in: list.map((method) => method.name) } } });
  const ids = new Map(existing.map((method) => [method.name, method.id]));
  for (const method of existing) {
    const input = wanted.get(method.name)!;
    const collections = mergeCollections(parseCollections(method.collections), input.collections);
    const data = {
      fullName: method.fullName ?? input.fullName ?? undefined,
      description: method.description || input.description || undefined,
      category: method.category || collections[0]?.collection || undefined,
      introducedYear: method.introducedYear ?? input.introducedYear ?? undefined,
      sourceTitle: method.sourceTitle ?? input.sourceTitle ?? undefined,
      sourceUrl: method.sourceUrl ?? input.sourceUrl ?? undefined,
      codeSnippetUrl: method.codeSnippetUrl ?? input.codeSnippetUrl ?? undefined,
      collections: JSON.stringify(collections),
      introducedInPaperId: method.introducedInPaperId ?? paperIds.get(method.name) ?? undefined,
    };
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => data[key] !== undefined && data[key] !== method[key]);
    if (changed.length > 0) await tx.method.update({ where: { id: method.id }, data: Object.fromEntries(changed.map((key) => [key, data[key]])) });
    tally.record("methods", method.id, changed.length > 0 ? "updated" : "unchanged");
  }

  const missing = list.filter((method) => !ids.has(method.name));
  if (missing.length > 0) {
    const slugs = await uniqueSlugs(
      missing.map((method) => method.slug ?? slugify(method.name, "method")),
      takenSlugsIn(tx, "Method"),
    );
    const created = await tx.method.createManyAndReturn({
      data: missing.map((method, i) => ({
        id: newId(),
        slug: slugs[i],
        name: method.name,
        fullName: method.fullName,
        description: method.description,
        category: method.collections[0]?.collection ?? "",
        introducedYear: method.introducedYear,
        sourceTitle: method.sourceTitle,
        sourceUrl: method.sourceUrl,
        codeSnippetUrl: method.codeSnippetUrl,
        collections: JSON.stringify(method.collections),
        introducedInPaperId: paperIds.get(method.name) ?? null,
      })),
      select: { id: true, name: true },
    });
    for (const method of created) {
      ids.set(method.name, method.id);
      tally.record("methods", method.id, "created");
    }
  }
  return ids;
}

function fillMethod(known: MethodInput, input: MethodInput): MethodInput {
  return {
    name: known.name,
    slug: known.slug ?? input.slug,
    fullName: known.fullName ?? input.fullName,
    description: known.description || input.description,
    introducedYear: known.introducedYear ?? input.introducedYear,
    sourceTitle: known.sourceTitle ?? input.sourceTitle,
    sourceUrl: known.sourceUrl ?? input.sourceUrl,
    codeSnippetUrl: known.codeSnippetUrl ?? input.codeSnippetUrl,
    collections: mergeCollections(known.collections, input.collections),
    paper: known.paper ?? input.paper,
  };
}

function mergeCollections(known: MethodCollection[], added: MethodCollection[]): MethodCollection[] {
  const names = new Set(known.map((entry) => entry.collection));
  return [...known, ...added.filter((entry) => !names.has(entry.collection) && names.add(entry.collection))];
}
