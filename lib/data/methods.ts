import "server-only";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { parseCollections } from "@/lib/import/write-methods";
import { cached, catalogueMiss } from "./cache";
import { pageCountOf, type Paged } from "./pagination";
import { latestPapersFirst, paperItemSelect, toPaperItem, type PaperItem } from "./shapes";

export const METHODS_PAGE_SIZE = 24;
export const METHOD_PAPERS_SHOWN = 20;

export type MethodItem = { slug: string; name: string; fullName: string | null; category: string; description: string; paperCount: number };

/** One page of the methods, by name, with how many papers use each. */
export function listMethods(page: number): Promise<Paged<MethodItem>> {
  return cached(["methods", String(page)], [tags.catalogue], async () => {
    const [total, methods] = await Promise.all([
      prisma.method.count(),
      prisma.method.findMany({
        orderBy: { name: "asc" },
        skip: (page - 1) * METHODS_PAGE_SIZE,
        take: METHODS_PAGE_SIZE,
        select: { slug: true, name: true, fullName: true, category: true, description: true, _count: { select: { papers: true } } },
      }),
    ]);
    const items = methods.map(({ _count, ...method }) => ({ ...method, paperCount: _count.papers }));
    return { items, page, pageCount: pageCountOf(total, METHODS_PAGE_SIZE), total };
  });
}

export type MethodPage = {
  id: string;
  slug: string;
  name: string;
  fullName: string | null;
  category: string;
  description: string;
  introducedYear: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  codeSnippetUrl: string | null;
  /** The archive's collections the method belongs to, each in an area ("Transformers", "Natural Language Processing"). */
  collections: { collection: string; area: string }[];
  introducedIn: PaperItem | null;
  papers: PaperItem[];
  paperCount: number;
};

/** A method, the paper that introduced it and the latest papers that use it; null when unknown. */
export async function getMethodPage(slug: string): Promise<MethodPage | null> {
  // Read on each render, not cached under the catalogue (see getTaskPage).
  const ref = await prisma.method.findUnique({ where: { slug }, select: { id: true } });
  if (!ref) return catalogueMiss();
  const id = ref.id;
  return cached(["method-page", id], [tags.method(id)], async () => {
    const method = await prisma.method.findUnique({
      where: { id },
      select: {
        id: true,
        slug: true,
        name: true,
        fullName: true,
        category: true,
        description: true,
        introducedYear: true,
        sourceTitle: true,
        sourceUrl: true,
        codeSnippetUrl: true,
        collections: true,
        introducedInPaper: { select: paperItemSelect },
        papers: { orderBy: latestPapersFirst, take: METHOD_PAPERS_SHOWN, select: paperItemSelect },
        _count: { select: { papers: true } },
      },
    });
    if (!method) return null;
    const { introducedInPaper, papers, _count, collections, ...fields } = method;
    return {
      ...fields,
      collections: parseCollections(collections).map(({ collection, area }) => ({ collection, area })),
      introducedIn: introducedInPaper && toPaperItem(introducedInPaper),
      papers: papers.map(toPaperItem),
      paperCount: _count.papers,
    };
  });
}
