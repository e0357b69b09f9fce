import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/text-filter";
import type { z } from "zod";
import { authorIdOf, authorSearchWords } from "../author-id";
import { sliceOf, type PageWindow, type Slice } from "../pagination";
import type { AuthorListParams } from "../params";
import type { ApiAuthor, ApiPaper } from "../schemas";

import { pageOfPapers } from "./papers";

const toApiAuthor = (name: string): ApiAuthor => ({ id: authorIdOf(name), full_name: name });

/** authors/: every name once, by name; with `q` or `full_name`, those that contain it. */
export async function listAuthors(params: z.output<typeof AuthorListParams>, window: PageWindow): Promise<Slice<ApiAuthor>> {
  const words = [...(params.q?.split(/\s+/).filter(Boolean) ?? []), ...(params.full_name ? [params.full_name] : [])];
  if (words.length === 0) {
    const [[{ count }], rows] = await Promise.all([
      prisma.$queryRaw<{ count: number | bigint }[]>`SELECT COUNT(DISTINCT "name") AS "count" FROM "PaperAuthor"`,
      prisma.paperAuthor.groupBy({ by: ["name"], orderBy: { name: "asc" }, skip: window.skip, take: window.take }),
    ]);
    return { count: Number(count), results: rows.map((row) => toApiAuthor(row.name)) };
  }
  const where: Prisma.PaperAuthorWhereInput = { AND: words.map((word) => ({ name: containsText(word) })) };
  const rows = await prisma.paperAuthor.groupBy({ by: ["name"], where, orderBy: { name: "asc" } });
  return sliceOf(
    rows.map((row) => toApiAuthor(row.name)),
    window,
  );
}

/** The names whose id is `id`: usually one spelling, sometimes a few ("Kaiming He", "Kaiming  He"). */
export async function namesOf(id: string): Promise<string[]> {
  const words = authorSearchWords(id);
  if (words.length === 0) return [];
  const rows = await prisma.paperAuthor.groupBy({
    by: ["name"],
    where: { AND: words.map((word) => ({ name: containsText(word) })) },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => row.name).filter((name) => authorIdOf(name) === id);
}

export async function readAuthor(id: string): Promise<ApiAuthor | null> {
  const [name] = await namesOf(id);
  return name === undefined ? null : { id, full_name: name };
}

/** authors/{id}/papers/: newest first. */
export async function readAuthorPapers(id: string, window: PageWindow): Promise<Slice<ApiPaper> | null> {
  const names = await namesOf(id);
  if (names.length === 0) return null;
  const where = { authors: { some: { name: { in: names } } } };
  return pageOfPapers(where, window);
}
