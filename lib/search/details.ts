import { prisma } from "@/lib/db";
import type { SearchKind } from "./types";

type Detail = { slug: string; context: string[] };

const AUTHORS_SHOWN = 3;

function year(date: Date | null): string[] {
  return date ? [String(date.getUTCFullYear())] : [];
}

function authorLine(names: string[]): string[] {
  if (names.length === 0) return [];
  const shown = names.slice(0, AUTHORS_SHOWN).join(", ");
  return [names.length > AUTHORS_SHOWN ? `${shown} et al.` : shown];
}

/** What a hit shows beside its title: the fields every engine leaves to the database. */
export async function loadDetails(kind: SearchKind, ids: string[]): Promise<Map<string, Detail>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  switch (kind) {
    case "paper": {
      const papers = await prisma.paper.findMany({
        where,
        select: { id: true, slug: true, publishedAt: true, venue: true, authors: { select: { name: true }, orderBy: { position: "asc" } } },
      });
      return new Map(
        papers.map((p) => [
          p.id,
          { slug: p.slug, context: [...year(p.publishedAt), ...authorLine(p.authors.map((a) => a.name)), ...(p.venue ? [p.venue] : [])] },
        ]),
      );
    }
    case "task": {
      const tasks = await prisma.task.findMany({
        where,
        select: { id: true, slug: true, area: { select: { name: true } }, parent: { select: { name: true } } },
      });
      return new Map(
        tasks.map((t) => [t.id, { slug: t.slug, context: [t.area?.name, t.parent && `Subtask of ${t.parent.name}`].filter((c): c is string => Boolean(c)) }]),
      );
    }
    case "dataset": {
      const datasets = await prisma.dataset.findMany({ where, select: { id: true, slug: true, modalities: true, parent: { select: { name: true } } } });
      return new Map(
        datasets.map((d) => [d.id, { slug: d.slug, context: [d.modalities, d.parent && `Subset of ${d.parent.name}`].filter((c): c is string => Boolean(c)) }]),
      );
    }
    case "method": {
      const methods = await prisma.method.findMany({ where, select: { id: true, slug: true, category: true, fullName: true } });
      return new Map(methods.map((m) => [m.id, { slug: m.slug, context: [m.fullName, m.category].filter((c): c is string => Boolean(c)) }]));
    }
  }
}
