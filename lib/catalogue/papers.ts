import { findPaperLinks, insertPaperLinks, insertRows, newId } from "./bulk-insert";
import { inList } from "./bulk-sql";
import { fallbackPaperTitle, type PaperIdentity } from "./paper-identity";
import { slugify, takenSlugsIn, uniqueSlugs } from "./slug";
import { outcomeOf, type Outcome, type Tx } from "./types";

export type CodeRepositoryInput = { url: string; isOfficial: boolean; framework: string | null };

export type PaperInput = PaperIdentity & {
  publishedAt?: Date | null;
  repositories?: CodeRepositoryInput[];
  /** Tasks and datasets the paper reports results on. */
  taskIds?: string[];
  datasetIds?: string[];
};

export type PaperRef = { id: string; slug: string; outcome: Outcome };

type ExistingPaper = {
  id: string;
  slug: string;
  title: string;
  sourceKey: string;
  arxivId: string | null;
  url: string | null;
  pdfUrl: string | null;
  publishedAt: Date | null;
  /** URLs of its code repositories, ids of its tasks and datasets. */
  repositories: Set<string>;
  taskIds: Set<string>;
  datasetIds: Set<string>;
};

/**
 * Finds or creates many papers at once, by source key or arXiv id, and returns them by source key.
 * A known paper keeps what it has and gains what it lacks: a real title in place of its address,
 * a date, URLs, code repositories, links to tasks and datasets. Authors are not known here.
 */
export async function upsertPapers(tx: Tx, inputs: PaperInput[]): Promise<Map<string, PaperRef>> {
  const wanted = mergeBySourceKey(inputs);
  const existing = await findPapers(tx, wanted);
  const refs = new Map<string, PaperRef>();
  const taskLinks: { paperId: string; targetId: string }[] = [];
  const datasetLinks: { paperId: string; targetId: string }[] = [];

  const repositories: { paperId: string; url: string; isOfficial: boolean; framework: string | null }[] = [];
  const missing: PaperInput[] = [];
  for (const input of wanted) {
    const paper = existing.bySourceKey.get(input.sourceKey) ?? (input.arxivId && existing.byArxivId.get(input.arxivId));
    if (!paper) {
      missing.push(input);
      continue;
    }
    const data = fillBlanks(paper, input);
    if (data) await tx.paper.update({ where: { id: paper.id }, data });
    const newRepositories = (input.repositories ?? []).filter((repository) => !paper.repositories.has(repository.url));
    repositories.push(...newRepositories.map((repository) => ({ ...repository, paperId: paper.id })));
    const newTasks = (input.taskIds ?? []).filter((id) => !paper.taskIds.has(id));
    const newDatasets = (input.datasetIds ?? []).filter((id) => !paper.datasetIds.has(id));
    taskLinks.push(...newTasks.map((targetId) => ({ paperId: paper.id, targetId })));
    datasetLinks.push(...newDatasets.map((targetId) => ({ paperId: paper.id, targetId })));
    const outcome = outcomeOf(Boolean(data), newRepositories.length > 0, newTasks.length > 0, newDatasets.length > 0);
    refs.set(input.sourceKey, { id: paper.id, slug: paper.slug, outcome });
  }

  if (missing.length > 0) {
    const titles = missing.map((input) => input.title ?? fallbackPaperTitle(input));
    const slugs = await uniqueSlugs(
      titles.map((title) => slugify(title, "paper")),
      takenSlugsIn(tx, "Paper"),
    );
    const now = new Date();
    const ids = missing.map(() => newId());
    await insertRows(
      tx,
      "Paper",
      ["id", "slug", "title", "sourceKey", "arxivId", "url", "pdfUrl", "publishedAt", "createdAt", "updatedAt"],
      missing.map((input, i) => [ids[i], slugs[i], titles[i], input.sourceKey, input.arxivId, input.url, input.pdfUrl, input.publishedAt ?? null, now, now]),
    );
    missing.forEach((input, i) => {
      const paperId = ids[i];
      refs.set(input.sourceKey, { id: paperId, slug: slugs[i], outcome: "created" });
      repositories.push(...(input.repositories ?? []).map((repository) => ({ ...repository, paperId })));
      taskLinks.push(...(input.taskIds ?? []).map((targetId) => ({ paperId, targetId })));
      datasetLinks.push(...(input.datasetIds ?? []).map((targetId) => ({ paperId, targetId })));
    });
  }

  const byPaperAndUrl = new Map(repositories.map((repository) => [`${repository.paperId} ${repository.url}`, repository]));
  await insertRows(
    tx,
    "CodeRepository",
    ["id", "paperId", "url", "isOfficial", "framework"],
    [...byPaperAndUrl.values()].map((repository) => [newId(), repository.paperId, repository.url, repository.isOfficial, repository.framework]),
  );
  await insertPaperLinks(tx, "task", taskLinks);
  await insertPaperLinks(tx, "dataset", datasetLinks);
  return refs;
}

// The same paper named by several rows: one input with everything they say.
function mergeBySourceKey(inputs: PaperInput[]): PaperInput[] {
  type Merged = { input: PaperInput; repositories: Map<string, CodeRepositoryInput>; taskIds: Set<string>; datasetIds: Set<string> };
  const merged = new Map<string, Merged>();
  for (const input of inputs) {
    let known = merged.get(input.sourceKey);
    if (!known) {
      known = { input: { ...input }, repositories: new Map(), taskIds: new Set(), datasetIds: new Set() };
      merged.set(input.sourceKey, known);
    } else {
      known.input.title ??= input.title;
      known.input.publishedAt ??= input.publishedAt;
    }
    for (const repository of input.repositories ?? []) {
      const seen = known.repositories.get(repository.url);
      known.repositories.set(repository.url, {
        url: repository.url,
        isOfficial: repository.isOfficial || (seen?.isOfficial ?? false),
        framework: seen?.framework ?? repository.framework,
      });
    }
    for (const id of input.taskIds ?? []) known.taskIds.add(id);
    for (const id of input.datasetIds ?? []) known.datasetIds.add(id);
  }
  return [...merged.values()].map(({ input, repositories, taskIds, datasetIds }) => ({
    ...input,
    repositories: [...repositories.values()],
    taskIds: [...taskIds],
    datasetIds: [...datasetIds],
  }));
}

async function findPapers(tx: Tx, inputs: PaperInput[]) {
  const sourceKeys = inputs.map((input) => input.sourceKey);
  const arxivIds = inputs.flatMap((input) => (input.arxivId ? [input.arxivId] : []));
  const rows = await tx.$queryRaw<Omit<ExistingPaper, "repositories" | "taskIds" | "datasetIds">[]>`
    SELECT "id", "slug", "title", "sourceKey", "arxivId", "url", "pdfUrl", "publishedAt" FROM "Paper"
    WHERE "sourceKey" IN ${inList(sourceKeys)} OR "arxivId" IN ${inList(arxivIds)}`;
  const papers: ExistingPaper[] = rows.map((row) => ({
    ...row,
    repositories: new Set<string>(),
    taskIds: new Set<string>(),
    datasetIds: new Set<string>(),
  }));
  if (papers.length > 0) {
    const byId = new Map(papers.map((paper) => [paper.id, paper]));
    const ids = inList([...byId.keys()]);
    const repositories = await tx.$queryRaw<{ paperId: string; url: string }[]>`
      SELECT "paperId", "url" FROM "CodeRepository" WHERE "paperId" IN ${ids}`;
    for (const row of repositories) byId.get(row.paperId)!.repositories.add(row.url);
    for (const link of await findPaperLinks(tx, "task", [...byId.keys()])) byId.get(link.paperId)!.taskIds.add(link.targetId);
    for (const link of await findPaperLinks(tx, "dataset", [...byId.keys()])) byId.get(link.paperId)!.datasetIds.add(link.targetId);
  }
  return {
    bySourceKey: new Map(papers.map((paper) => [paper.sourceKey, paper])),
    byArxivId: new Map(papers.flatMap((paper) => (paper.arxivId ? [[paper.arxivId, paper] as const] : []))),
  };
}

function fillBlanks(paper: ExistingPaper, input: PaperInput) {
  const hasPlaceholderTitle = paper.title === fallbackPaperTitle(paper);
  const data = {
    title: hasPlaceholderTitle && input.title ? input.title : undefined,
    publishedAt: !paper.publishedAt && input.publishedAt ? input.publishedAt : undefined,
    url: !paper.url && input.url ? input.url : undefined,
    pdfUrl: !paper.pdfUrl && input.pdfUrl ? input.pdfUrl : undefined,
  };
  return Object.values(data).some((value) => value !== undefined) ? data : null;
}
