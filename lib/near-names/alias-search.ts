import "server-only";
import { prisma } from "@/lib/db";
import { normalizeName } from "./near-names";
import type { RankedMatch, SearchKind } from "@/lib/search/types";

/**
 * Search's addition for aliases: a task or dataset whose kept other name (CatalogueAlias) is the query,
 * put first on the first page when the full-text search did not find it already.
 */
export async function aliasMatches(kind: SearchKind, query: string, found: RankedMatch[]): Promise<RankedMatch[]> {
  if (kind !== "task" && kind !== "dataset") return [];
  const normalized = normalizeName(query);
  if (!normalized) return [];
  const aliases = await prisma.catalogueAlias.findMany({ where: { kind, normalized }, select: { name: true, targetId: true }, take: 5 });
  const known = new Set(found.map((match) => match.id));
  const fresh = aliases.filter((alias) => !known.has(alias.targetId));
  if (fresh.length === 0) return [];
  const ids = fresh.map((alias) => alias.targetId);
  const entries =
    kind === "task"
      ? await prisma.task.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      : await prisma.dataset.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return entries.map((entry) => ({
    id: entry.id,
    title: [{ text: entry.name, isMatch: false }],
    snippet: [
      { text: "Also known as ", isMatch: false },
      { text: fresh.find((alias) => alias.targetId === entry.id)!.name, isMatch: true },
    ],
  }));
}
