import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "./near-names";

export type AliasKind = "task" | "dataset";

type Db = Prisma.TransactionClient;

/** The entry an old or near name was kept for (CatalogueAlias), by its normalized name. */
export async function findAliasTarget(db: Db, kind: AliasKind, name: string): Promise<string | null> {
  const alias = await db.catalogueAlias.findFirst({ where: { kind, normalized: normalizeName(name) }, select: { targetId: true } });
  return alias?.targetId ?? null;
}

/** Keeps a name as an alias of an entry, once. */
export async function keepAlias(db: Db, kind: AliasKind, name: string, targetId: string): Promise<void> {
  const normalized = normalizeName(name);
  if (!normalized) return;
  const known = await db.catalogueAlias.findFirst({ where: { kind, normalized, targetId }, select: { id: true } });
  if (!known) await db.catalogueAlias.create({ data: { kind, name: name.trim(), normalized, targetId } });
}
