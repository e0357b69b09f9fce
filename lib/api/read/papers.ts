import "server-only";
import { prisma } from "@/lib/db";
import { containsText } from "@/lib/text-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { sliceOf, type PageWindow, type Slice } from "../pagination";
import type { PaperListParams } from "../params";
import type { ApiDataset, ApiMethod, ApiPaper, ApiPaperRepository, ApiRepository, ApiTask } from "../schemas";
import { datasetSelect, methodSelect, paperSelect, taskSelect, toApiDataset, toApiMethod, toApiPaper, toApiRepository, toApiTask } from "../serialize";
import { searchedSlice } from "./search";

/** Newest first, undated last; the slug settles ties so that pages never overlap. */
export const PAPER_ORDER = [{ publishedAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }] satisfies Prisma.PaperOrderByWithRelationInput[];

export const REPOSITORY_ORDER = [
  { isOfficial: "desc" },
  { stars: { sort: "desc", nulls: "last" } },
  { url: "asc" },
] satisfies Prisma.CodeRepositoryOrderByWithRelationInput[];

export const repositorySelect = { url: true, stars: true, framework: true, isOfficial: true } satisfies Prisma.CodeRepositorySelect;

/** "1706.03762v5" and "arXiv:1706.03762" name the paper stored as 1706.03762. */
function arxivIdOf(text: string): string {
  return text.replace(/^arxiv:/i, "").replace(/v\d+$/i, "");
}

export async function listPapers(params: z.output<typeof PaperListParams>, window: PageWindow): Promise<Slice<ApiPaper>> {
  const where: Prisma.PaperWhereInput = {
    ...(params.arxiv_id && { arxivId: arxivIdOf(params.arxiv_id) }),
    ...(params.title && { title: containsText(params.title) }),
    ...(params.abstract && { abstract: containsText(params.abstract) }),
  };
  if (params.q) {
    return searchedSlice("paper", params.q, where, window, (filter) => prisma.paper.findMany({ where: filter, select: paperSelect }), toApiPaper);
  }
  return pageOfPapers(where, window);
}

/** A page of the papers that match `where`, newest first: the lists of a task's, an author's, a proceeding's papers. */
export async function pageOfPapers(where: Prisma.PaperWhereInput, window: PageWindow): Promise<Slice<ApiPaper>> {
  const [count, papers] = await Promise.all([
    prisma.paper.count({ where }),
    prisma.paper.findMany({ where, orderBy: PAPER_ORDER, skip: window.skip, take: window.take, select: paperSelect }),
  ]);
  return { count, results: papers.map(toApiPaper) };
}

export async function readPaper(slug: string): Promise<ApiPaper | null> {
  const paper = await prisma.paper.findUnique({ where: { slug }, select: paperSelect });
  return paper && toApiPaper(paper);
}

/** One of the paper's lists, read whole (a paper names few tasks, datasets, methods or repositories). */
async function paperList<T>(slug: string, window: PageWindow, read: (paperId: string) => Promise<T[]>): Promise<Slice<T> | null> {
  const paper = await prisma.paper.findUnique({ where: { slug }, select: { id: true } });
  return paper && sliceOf(await read(paper.id), window);
}

export function readPaperTasks(slug: string, window: PageWindow): Promise<Slice<ApiTask> | null> {
  return paperList(slug, window, async (id) =>
    (await prisma.task.findMany({ where: { papers: { some: { id } } }, orderBy: { name: "asc" }, select: taskSelect })).map(toApiTask),
  );
}

export function readPaperDatasets(slug: string, window: PageWindow): Promise<Slice<ApiDataset> | null> {
  return paperList(slug, window, async (id) =>
    (await prisma.dataset.findMany({ where: { papers: { some: { id } } }, orderBy: [{ name: "asc" }, { slug: "asc" }], select: datasetSelect })).map(
      toApiDataset,
    ),
  );
}

export function readPaperMethods(slug: string, window: PageWindow): Promise<Slice<ApiMethod> | null> {
  return paperList(slug, window, async (id) =>
    (await prisma.method.findMany({ where: { papers: { some: { id } } }, orderBy: { name: "asc" }, select: methodSelect })).map(toApiMethod),
  );
}

export function readPaperRepositories(slug: string, window: PageWindow): Promise<Slice<ApiRepository> | null> {
  return paperList(slug, window, async (paperId) =>
    (await prisma.codeRepository.findMany({ where: { paperId }, orderBy: REPOSITORY_ORDER, select: repositorySelect })).map(toApiRepository),
  );
}

/** search/: papers ranked by relevance to `q`, each with its main repository, as the old API's search answered; without `q`, the newest. */
export async function searchPapers(q: string | undefined, window: PageWindow): Promise<Slice<ApiPaperRepository>> {
  const select = { ...paperSelect, repositories: { orderBy: REPOSITORY_ORDER, take: 1, select: repositorySelect } } satisfies Prisma.PaperSelect;
  const toHit = ({ repositories, ...paper }: Prisma.PaperGetPayload<{ select: typeof select }>): ApiPaperRepository => ({
    paper: toApiPaper(paper),
    repository: repositories[0] ? toApiRepository({ ...repositories[0], isOfficial: null }) : null,
    is_official: repositories[0]?.isOfficial ?? false,
  });
  if (q) return searchedSlice("paper", q, {}, window, (filter) => prisma.paper.findMany({ where: filter, select }), toHit);
  const [count, papers] = await Promise.all([
    prisma.paper.count(),
    prisma.paper.findMany({ orderBy: PAPER_ORDER, skip: window.skip, take: window.take, select }),
  ]);
  return { count, results: papers.map(toHit) };
}
