import "server-only";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";

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
