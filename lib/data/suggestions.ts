import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { containsText } from "@/lib/text-filter";
import { tags } from "@/lib/cache/tags";
import { slugify } from "@/lib/catalogue/slug";

/** One suggestion: what goes into the field, and what a reader sees beside it. */
export type Suggestion = { value: string; label?: string };

export const SUGGESTION_KINDS = ["task", "dataset", "subset", "paper"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

const LIMIT = 8;

/** Names that start with the query first, then those that contain it, each alphabetically. */
function byRelevance(query: string) {
  const q = query.toLowerCase();
  return (a: Suggestion, b: Suggestion) =>
    Number(!a.value.toLowerCase().startsWith(q)) - Number(!b.value.toLowerCase().startsWith(q)) || a.value.localeCompare(b.value, "en");
}

async function suggestTasks(q: string): Promise<Suggestion[]> {
  const [tasks, synonyms] = await Promise.all([
    prisma.task.findMany({ where: { name: containsText(q) }, select: { name: true }, take: 50 }),
    prisma.taskSynonym.findMany({ where: { name: containsText(q) }, select: { name: true, task: { select: { name: true } } }, take: 10 }),
  ]);
  const found: Suggestion[] = tasks.map((task) => ({ value: task.name }));
  for (const synonym of synonyms) {
    if (!found.some((s) => s.value === synonym.task.name)) found.push({ value: synonym.task.name, label: `also called ${synonym.name}` });
  }
  return found.sort(byRelevance(q)).slice(0, LIMIT);
}

async function suggestDatasets(q: string): Promise<Suggestion[]> {
  const datasets = await prisma.dataset.findMany({ where: { parentId: null, name: containsText(q) }, select: { name: true }, take: 50 });
  return datasets
    .map((dataset) => ({ value: dataset.name }))
    .sort(byRelevance(q))
    .slice(0, LIMIT);
}

async function suggestSubsets(q: string, dataset: string): Promise<Suggestion[]> {
  const subsets = await prisma.dataset.findMany({
    where: { parent: { slug: slugify(dataset), parentId: null }, name: containsText(q) },
    select: { name: true },
    take: 50,
  });
  return subsets
    .map((subset) => ({ value: subset.name }))
    .sort(byRelevance(q))
    .slice(0, LIMIT);
}

async function suggestPapers(q: string): Promise<Suggestion[]> {
  const papers = await prisma.paper.findMany({
    where: { OR: [{ title: containsText(q) }, { arxivId: { startsWith: q } }] },
    select: { title: true, arxivId: true, url: true },
    orderBy: { publishedAt: { sort: "desc", nulls: "last" } },
    take: LIMIT,
  });
  return papers.map((paper) => ({ value: paper.arxivId ?? paper.url ?? paper.title, label: paper.title }));
}

async function readSuggestions(kind: SuggestionKind, q: string, dataset: string): Promise<Suggestion[]> {
  if (kind === "task") return suggestTasks(q);
  if (kind === "dataset") return suggestDatasets(q);
  if (kind === "subset") return suggestSubsets(q, dataset);
  return suggestPapers(q);
}

/** What the catalogue has whose name contains `q` (a subset: of `dataset`), for the submission form. */
export const getSuggestions = unstable_cache(readSuggestions, ["submit-suggestions"], { tags: [tags.catalogue] });
