import { insertRows } from "@/lib/catalogue/bulk-insert";
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
  const strengthened = await strengthenIdentities(tx, wanted, bySlug);
  const byTitle = await findByTitle(
    tx,
    wanted.filter((paper) => isTitleOnly(paper.sourceKey) && !(paper.pwcSlug && bySlug.has(paper.pwcSlug))),
  );
  const inputs = wanted.map((paper) => {
    const known = (paper.pwcSlug ? bySlug.get(paper.pwcSlug) : undefined) ?? (isTitleOnly(paper.sourceKey) ? byTitle.get(paper.title ?? "") : undefined);
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
  // A paper given an arXiv id and addresses above changed too: its page and API answer are read again.
  for (const entry of result) if (strengthened.has(entry.id) && entry.outcome === "unchanged") entry.outcome = "updated";
  return result;
}

/** Links papers to methods (Prisma's `_PaperMethods`: A is the method, B the paper) that are not linked yet. */
export async function linkPapersToMethods(tx: Tx, links: { paperId: string; methodId: string }[]): Promise<Set<string>> {
  const paperIds = [...new Set(links.map((link) => link.paperId))];
  const known = new Set(
    (await tx.$queryRaw<{ A: string; B: string }[]>`SELECT "A", "B" FROM "_PaperMethods" WHERE "B" IN ${inList(paperIds)}`).map((row) => `${row.A} ${row.B}`),
  );
  const fresh = new Map<string, { paperId: string; methodId: string }>();
  for (const link of links) {
    const key = `${link.methodId} ${link.paperId}`;
    if (!known.has(key)) fresh.set(key, link);
  }
  await insertRows(
    tx,
    "_PaperMethods",
    ["A", "B"],
    [...fresh.values()].map((link) => [link.methodId, link.paperId]),
  );
  return new Set([...fresh.values()].map((link) => link.paperId));
}

const isTitleOnly = (sourceKey: string) => sourceKey.startsWith("title:");

/**
 * A paper first met by its title only (a method or a dataset names it so) takes its arXiv id or address
 * when a file gives them, unless another paper has them already.
 */
async function strengthenIdentities(tx: Tx, wanted: WantedPaper[], bySlug: Map<string, { id: string; sourceKey: string }>): Promise<Set<string>> {
  const upgrades = new Map<string, { known: { id: string; sourceKey: string }; paper: WantedPaper }>();
  for (const paper of wanted) {
    const known = paper.pwcSlug ? bySlug.get(paper.pwcSlug) : undefined;
    if (known && isTitleOnly(known.sourceKey) && !isTitleOnly(paper.sourceKey) && !upgrades.has(known.id)) upgrades.set(known.id, { known, paper });
  }
  const strengthened = new Set<string>();
  if (upgrades.size === 0) return strengthened;
  const keys = [...upgrades.values()].map(({ paper }) => paper.sourceKey);
  const arxivIds = [...upgrades.values()].flatMap(({ paper }) => (paper.arxivId ? [paper.arxivId] : []));
  const taken = await tx.$queryRaw<{ sourceKey: string; arxivId: string | null }[]>`
    SELECT "sourceKey", "arxivId" FROM "Paper" WHERE "sourceKey" IN ${inList(keys)} OR "arxivId" IN ${inList(arxivIds)}`;
  const used = new Set(taken.flatMap((row) => [row.sourceKey, row.arxivId ?? ""]));
  for (const { known, paper } of upgrades.values()) {
    if (used.has(paper.sourceKey) || (paper.arxivId && used.has(paper.arxivId))) continue;
    used.add(paper.sourceKey).add(paper.arxivId ?? "");
    await tx.paper.update({ where: { id: known.id }, data: { sourceKey: paper.sourceKey, arxivId: paper.arxivId, url: paper.url, pdfUrl: paper.pdfUrl } });
    known.sourceKey = paper.sourceKey;
    strengthened.add(known.id);
  }
  return strengthened;
}

/** Papers named by title only, found by that title when exactly one paper has it. */
async function findByTitle(tx: Tx, papers: WantedPaper[]): Promise<Map<string, { sourceKey: string }>> {
  const titles = [...new Set(papers.flatMap((paper) => (paper.title ? [paper.title] : [])))];
  if (titles.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ title: string; sourceKey: string }[]>`SELECT "title", "sourceKey" FROM "Paper" WHERE "title" IN ${inList(titles)}`;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.title, (counts.get(row.title) ?? 0) + 1);
  return new Map(rows.filter((row) => counts.get(row.title) === 1).map((row) => [row.title, row]));
}
