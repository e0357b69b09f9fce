import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/text-filter";
import type { z } from "zod";
import { sliceOf, type PageWindow, type Slice } from "../pagination";
import type { RepositoryListParams } from "../params";
import type { ApiPaper, ApiRepository } from "../schemas";
import { toApiRepository } from "../serialize";
import { pageOfPapers } from "./papers";

// A repository is an address; several papers may link the same one. The old API named it by owner and
// name (/repositories/{owner}/{name}/): those are read from GitHub, GitLab and Bitbucket addresses.

type RepositoryRow = { url: string; stars: number | null; framework: string | null };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Each address once: its most stars and a framework any paper gave it. */
function byAddress(rows: RepositoryRow[]): ApiRepository[] {
  const merged = new Map<string, RepositoryRow>();
  for (const row of rows) {
    const known = merged.get(row.url);
    const stars = known?.stars == null ? row.stars : row.stars == null ? known.stars : Math.max(known.stars, row.stars);
    merged.set(row.url, { url: row.url, stars, framework: known?.framework ?? row.framework });
  }
  return [...merged.values()].sort((a, b) => a.url.localeCompare(b.url)).map((row) => toApiRepository({ ...row, isOfficial: null }));
}

const rowSelect = { url: true, stars: true, framework: true } satisfies Prisma.CodeRepositorySelect;

/** The addresses of `owner` (and `name`), found by their text and checked part by part. */
async function repositoriesOf(owner: string, name?: string): Promise<ApiRepository[]> {
  const rows = await prisma.codeRepository.findMany({ where: { url: containsText(`/${owner}/${name ?? ""}`) }, select: rowSelect });
  return byAddress(rows).filter((repository) => same(repository.owner, owner) && (name === undefined || same(repository.name, name)));
}

/** repositories/: every address once, by address; filtered, those that match. */
export async function listRepositories(params: z.output<typeof RepositoryListParams>, window: PageWindow): Promise<Slice<ApiRepository>> {
  const { q, owner, name, stars, framework } = params;
  if (!q && !owner && !name && stars === undefined && !framework) {
    const [[{ count }], rows] = await Promise.all([
      // Standard SQL, the same on SQLite and PostgreSQL: Prisma counts distinct values only by reading them all.
      prisma.$queryRaw<{ count: number | bigint }[]>`SELECT COUNT(DISTINCT "url") AS "count" FROM "CodeRepository"`,
      prisma.codeRepository.groupBy({ by: ["url"], _max: { stars: true, framework: true }, orderBy: { url: "asc" }, skip: window.skip, take: window.take }),
    ]);
    return {
      count: Number(count),
      results: rows.map((row) => toApiRepository({ url: row.url, stars: row._max.stars, framework: row._max.framework, isOfficial: null })),
    };
  }
  const where: Prisma.CodeRepositoryWhereInput = {
    AND: [
      ...(q?.split(/\s+/).filter(Boolean) ?? []).map((word) => ({ url: containsText(word) })),
      ...(owner || name ? [{ url: containsText(`${owner ? `/${owner}/` : ""}${name ?? ""}`) }] : []),
      ...(stars !== undefined ? [{ stars: { gte: stars } }] : []),
      ...(framework ? [{ framework: containsText(framework) }] : []),
    ],
  };
  const found = byAddress(await prisma.codeRepository.findMany({ where, select: rowSelect })).filter(
    (repository) =>
      (!owner || same(repository.owner, owner)) && (!name || same(repository.name, name)) && (!framework || same(repository.framework, framework)),
  );
  return sliceOf(found, window);
}

/** repositories/{owner}/: null when the owner has none. */
export async function readOwnerRepositories(owner: string, window: PageWindow): Promise<Slice<ApiRepository> | null> {
  const found = await repositoriesOf(owner);
  return found.length > 0 ? sliceOf(found, window) : null;
}

/** repositories/{owner}/{name}/: the GitHub address first when other hosts have the same owner and name. */
export async function readRepository(owner: string, name: string): Promise<ApiRepository | null> {
  const found = await repositoriesOf(owner, name);
  return found.find((repository) => /^https?:\/\/(www\.)?github\.com\//i.test(repository.url)) ?? found[0] ?? null;
}

/** repositories/{owner}/{name}/papers/: the papers that link it, newest first. */
export async function readRepositoryPapers(owner: string, name: string, window: PageWindow): Promise<Slice<ApiPaper> | null> {
  const found = await repositoriesOf(owner, name);
  if (found.length === 0) return null;
  const where = { repositories: { some: { url: { in: found.map((repository) => repository.url) } } } };
  return pageOfPapers(where, window);
}
