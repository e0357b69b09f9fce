import { insertRows, newId } from "@/lib/catalogue/bulk-insert";
import { inList, jsonTable } from "@/lib/catalogue/bulk-sql";
import { identifyPaper, type PaperIdentity } from "@/lib/catalogue/paper-identity";
import { upsertPapers, type PaperInput } from "@/lib/catalogue/papers";
import type { Outcome, Tx } from "@/lib/catalogue/types";

export type WantedPaper = PaperInput & { pwcSlug: string | null };

/** How the archive's files name a paper: an arXiv id (the surest), an address, a title. */
export function archivePaperIdentity(paper: { arxivId?: string | null; title?: string | null; urls: (string | null | undefined)[] }): PaperIdentity | null {
  const arxivId = paper.arxivId?.trim();
  if (arxivId) return identifyPaper(paper.title, `https://arxiv.org/abs/${arxivId}`) ?? null;
  const address = paper.urls.find((url) => url?.trim() && !/paperswithcode\.com\//.test(url));
  return identifyPaper(paper.title, address);
}

/**
 * Finds or creates the papers of a batch: first by their paperswithcode.com id (how methods.json and
 * datasets.json name them), else by arXiv id, address or title (upsertPapers), and records that id on a
 * paper that lacks it. Ids and outcomes in input order.
 */
export async function resolvePapers(tx: Tx, wanted: WantedPaper[]): Promise<{ id: string; outcome: Outcome }[]> {
  const slugs = [...new Set(wanted.flatMap((paper) => (paper.pwcSlug ? [paper.pwcSlug] : [])))];
  const bySlug = new Map(
    (
      await tx.$queryRaw<{ id: string; sourceKey: string; pwcSlug: string }[]>`
        SELECT "id", "sourceKey", "pwcSlug" FROM "Paper" WHERE "pwcSlug" IN ${inList(slugs)}`
    ).map((row) => [row.pwcSlug, row]),
  );
  const inputs = wanted.map((paper) => {
    const known = paper.pwcSlug ? bySlug.get(paper.pwcSlug) : undefined;
    return known ? { ...paper, sourceKey: known.sourceKey, arxivId: null } : paper;
  });
  const refs = await upsertPapers(tx, inputs);
  const result = inputs.map((input) => ({ ...refs.get(input.sourceKey)! }));

  // A paperswithcode.com id not yet recorded, given to one paper only (it is unique).
  const claims = new Map<string, string>();
  inputs.forEach((input, i) => {
    if (input.pwcSlug && !bySlug.has(input.pwcSlug) && !claims.has(input.pwcSlug)) claims.set(input.pwcSlug, result[i].id);
  });
  if (claims.size > 0) {
    const rows = [...claims].map(([slug, id]) => [id, slug]);
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Paper" WHERE "pwcSlug" IS NULL AND "id" IN ${inList(rows.map((row) => row[0]))}`;
    const open = new Set(claimed.map((row) => row.id));
    const updates = rows.filter(([id]) => open.has(id));
    if (updates.length > 0) {
      await tx.$executeRaw`UPDATE "Paper" SET "pwcSlug" = w."pwcSlug" FROM ${jsonTable(["id", "pwcSlug"], updates)} AS w WHERE "Paper"."id" = w."id"`;
    }
    for (const entry of result) if (open.has(entry.id) && entry.outcome === "unchanged") entry.outcome = "updated";
  }
  return result;
}

/** Links papers to methods (Prisma's `_PaperMethods`: A is the method, B the paper) that are not linked yet. */
export async function linkPapersToMethods(tx: Tx, links: { paperId: string; methodId: string }[]): Promise<Set<string>> {
  const paperIds = [...new Set(links.map((link) => link.paperId))];
  const known = new Set(
    (await tx.$queryRaw<{ A: string; B: string }[]>`SELECT "A", "B" FROM "_PaperMethods" WHERE "B" IN ${inList(paperIds)}`).map(
      (row) => `${row.A} ${row.B}`,
    ),
  );
  const fresh = new Map<string, { paperId: string; methodId: string }>();
  for (const link of links) {
    const key = `${link.methodId} ${link.paperId}`;
    if (!known.has(key)) fresh.set(key, link);
  }
  await insertRows(tx, "_PaperMethods", ["A", "B"], [...fresh.values()].map((link) => [link.methodId, link.paperId]));
  return new Set([...fresh.values()].map((link) => link.paperId));
}

