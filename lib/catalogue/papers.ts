import { insertPaperLinks } from "./bulk-insert";
import { fallbackPaperTitle, type PaperIdentity } from "./paper-identity";
import { slugify, uniqueSlugs } from "./slug";
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
  repositories: { url: string }[];
  tasks: { id: string }[];
  datasets: { id: string }[];
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
    const knownRepositories = new Set(paper.repositories.map((repository) => repository.url));
    const newRepositories = (input.repositories ?? []).filter((repository) => !knownRepositories.has(repository.url));
    repositories.push(...newRepositories.map((repository) => ({ ...repository, paperId: paper.id })));
    const newTasks = (input.taskIds ?? []).filter((id) => !paper.tasks.some((task) => task.id === id));
    const newDatasets = (input.datasetIds ?? []).filter((id) => !paper.datasets.some((dataset) => dataset.id === id));
    taskLinks.push(...newTasks.map((targetId) => ({ paperId: paper.id, targetId })));
    datasetLinks.push(...newDatasets.map((targetId) => ({ paperId: paper.id, targetId })));
    const outcome = outcomeOf(Boolean(data), newRepositories.length > 0, newTasks.length > 0, newDatasets.length > 0);
    refs.set(input.sourceKey, { id: paper.id, slug: paper.slug, outcome });
  }

  if (missing.length > 0) {
    const titles = missing.map((input) => input.title ?? fallbackPaperTitle(input));
    const slugs = await uniqueSlugs(
      titles.map((title) => slugify(title, "paper")),
      (candidates) => takenPaperSlugs(tx, candidates),
    );
    const created = await tx.paper.createManyAndReturn({
      data: missing.map((input, i) => ({
        slug: slugs[i],
        title: titles[i],
        sourceKey: input.sourceKey,
        arxivId: input.arxivId,
        url: input.url,
        pdfUrl: input.pdfUrl,
        publishedAt: input.publishedAt ?? null,
      })),
      select: { id: true, slug: true, sourceKey: true },
    });
    const createdByKey = new Map(created.map((paper) => [paper.sourceKey, paper]));
    for (const input of missing) {
      const paper = createdByKey.get(input.sourceKey)!;
      refs.set(input.sourceKey, { id: paper.id, slug: paper.slug, outcome: "created" });
      repositories.push(...(input.repositories ?? []).map((repository) => ({ ...repository, paperId: paper.id })));
      taskLinks.push(...(input.taskIds ?? []).map((targetId) => ({ paperId: paper.id, targetId })));
      datasetLinks.push(...(input.datasetIds ?? []).map((targetId) => ({ paperId: paper.id, targetId })));
    }
  }

  const byPaperAndUrl = new Map(repositories.map((repository) => [`${repository.paperId} ${repository.url}`, repository]));
  if (byPaperAndUrl.size > 0) await tx.codeRepository.createMany({ data: [...byPaperAndUrl.values()] });
  await insertPaperLinks(tx, "task", taskLinks);
  await insertPaperLinks(tx, "dataset", datasetLinks);
  return refs;
}

// The same paper named by several rows: one input with everything they say.
function mergeBySourceKey(inputs: PaperInput[]): PaperInput[] {
  const merged = new Map<string, PaperInput>();
  for (const input of inputs) {
    const known = merged.get(input.sourceKey);
    if (!known) {
      merged.set(input.sourceKey, { ...input, repositories: dedupeRepositories(input.repositories ?? []) });
      continue;
    }
    merged.set(input.sourceKey, {
      ...known,
      title: known.title ?? input.title,
      publishedAt: known.publishedAt ?? input.publishedAt,
      repositories: dedupeRepositories([...(known.repositories ?? []), ...(input.repositories ?? [])]),
      taskIds: [...new Set([...(known.taskIds ?? []), ...(input.taskIds ?? [])])],
      datasetIds: [...new Set([...(known.datasetIds ?? []), ...(input.datasetIds ?? [])])],
    });
  }
  return [...merged.values()];
}

function dedupeRepositories(repositories: CodeRepositoryInput[]): CodeRepositoryInput[] {
  const byUrl = new Map<string, CodeRepositoryInput>();
  for (const repository of repositories) {
    const known = byUrl.get(repository.url);
    byUrl.set(repository.url, {
      url: repository.url,
      isOfficial: repository.isOfficial || (known?.isOfficial ?? false),
      framework: known?.framework ?? repository.framework,
    });
  }
  return [...byUrl.values()];
}

async function findPapers(tx: Tx, inputs: PaperInput[]) {
  const sourceKeys = inputs.map((input) => input.sourceKey);
  const arxivIds = inputs.flatMap((input) => (input.arxivId ? [input.arxivId] : []));
  const papers: ExistingPaper[] = await tx.paper.findMany({
    where: { OR: [{ sourceKey: { in: sourceKeys } }, { arxivId: { in: arxivIds } }] },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceKey: true,
      arxivId: true,
      url: true,
      pdfUrl: true,
      publishedAt: true,
      repositories: { select: { url: true } },
      tasks: { select: { id: true } },
      datasets: { select: { id: true } },
    },
  });
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

async function takenPaperSlugs(tx: Tx, slugs: string[]): Promise<string[]> {
  const rows = await tx.paper.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
