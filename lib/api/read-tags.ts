import "server-only";
import { tags } from "@/lib/cache/tags";
import { MAX_BENCHMARK_TAGS, benchmarkTags } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { pageWindow } from "./pagination";
import { matchingEntries, matchRange } from "./read/search";

// The cache tags of API answers that show one catalogue entry and nothing of any other (lib/api/handler.ts).
// Every write that changes what such an answer shows expires the entry's tag: decisions, retractions and
// edits (lib/submissions/public-tags.ts), trust evidence (lib/trust/row-tags.ts), the importer
// (lib/import/import-tally.ts). A change elsewhere in the catalogue then leaves the answer cached.

/** A paper: its own fields, its authors, the day of its first published result. */
export async function paperTags([slug]: string[]): Promise<string[] | null> {
  const paper = await prisma.paper.findUnique({ where: { slug }, select: { id: true } });
  return paper && [tags.paper(paper.id)];
}

/** An evaluation table: its metrics, its published results ranked, their trust (papers named by slug). */
export async function evaluationTags([slug]: string[]): Promise<string[] | null> {
  const benchmark = await prisma.benchmark.findUnique({ where: { slug }, select: { id: true } });
  return benchmark && [tags.benchmark(benchmark.id)];
}

/**
 * A paper's published results, each ranked among its benchmark's: the paper's tag (a new result of the paper
 * expires it) and the tags of the benchmarks it has results on (their other results move its ranks). A paper on
 * more benchmarks than a read keeps tags for is answered under the catalogue's.
 */
export async function paperResultsTags([slug]: string[]): Promise<string[] | null> {
  const paper = await prisma.paper.findUnique({
    where: { slug },
    select: { id: true, results: { where: { status: "PUBLISHED" }, select: { benchmarkId: true }, distinct: ["benchmarkId"] } },
  });
  if (!paper || paper.results.length > MAX_BENCHMARK_TAGS) return null;
  return [tags.paper(paper.id), ...benchmarkTags(paper.results.map((result) => result.benchmarkId))];
}

/** Past this many papers shown, a search's answer is the catalogue's (Next.js keeps 128 tags per entry). */
const MAX_PAPER_TAGS = 100;

/**
 * A page of papers searched by `q` alone (the papers list and the old search): the papers' search hits and each
 * paper shown, so that a decision expires only the answers that show its paper (its date, its code, the date
 * of its first result). With other filters, or without `q`, null: the catalogue's.
 */
export async function paperSearchTags(params: { q?: string; page: number; items_per_page: number; arxiv_id?: string; title?: string; abstract?: string }) {
  if (!params.q || params.arxiv_id || params.title || params.abstract) return null;
  const { ids } = await matchingEntries("paper", params.q, matchRange(false, pageWindow(params.page, params.items_per_page)));
  return ids.length > MAX_PAPER_TAGS ? null : [tags.paperText, ...ids.map(tags.paper)];
}
