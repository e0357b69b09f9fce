import "server-only";
import { prisma } from "@/lib/db";
import { namesOf } from "@/lib/api/read/authors";
import { computeTrust, type Trust } from "@/lib/trust/trust-level";
import { PUBLISHED } from "@/lib/catalogue/published";

const MAX_PAPERS = 200;

export type AuthorPage = {
  id: string;
  name: string;
  /** Users whose claim to be this author on one of their papers a moderator or ORCID approved. */
  claimedBy: { name: string; viaOrcid: boolean }[];
  papers: {
    slug: string;
    title: string;
    publishedAt: string | null;
    results: { id: string; modelName: string; benchmark: { slug: string; label: string }; best: string | null; trust: Trust }[];
  }[];
};

/** /author/[id]: the papers of the names whose author id this is, newest first, each with its published results and their trust. */
export async function readAuthorPage(id: string): Promise<AuthorPage | null> {
  const names = await namesOf(id);
  if (names.length === 0) return null;
  const [papers, claims] = await Promise.all([
    prisma.paper.findMany({
      where: { authors: { some: { name: { in: names } } } },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      take: MAX_PAPERS,
      select: {
        slug: true,
        title: true,
        publishedAt: true,
        results: {
          where: PUBLISHED,
          orderBy: { modelName: "asc" },
          select: {
            id: true,
            modelName: true,
            evidence: true,
            codeUrl: true,
            authorConfirmedAt: true,
            reproducedAt: true,
            contestedAt: true,
            benchmark: { select: { slug: true, task: { select: { name: true } }, dataset: { select: { name: true } } } },
            values: { take: 1, orderBy: { metric: { position: "asc" } }, select: { raw: true, metric: { select: { name: true } } } },
          },
        },
      },
    }),
    prisma.authorClaim.findMany({
      where: { authorName: { in: names }, status: "APPROVED" },
      distinct: ["userId"],
      select: { viaOrcid: true, user: { select: { name: true } } },
    }),
  ]);
  return {
    id,
    name: names[0],
    claimedBy: claims.map((claim) => ({ name: claim.user.name ?? "A member", viaOrcid: claim.viaOrcid })),
    papers: papers.map((paper) => ({
      slug: paper.slug,
      title: paper.title,
      publishedAt: paper.publishedAt?.toISOString() ?? null,
      results: paper.results.map((result) => ({
        id: result.id,
        modelName: result.modelName,
        benchmark: { slug: result.benchmark.slug, label: `${result.benchmark.task.name} on ${result.benchmark.dataset.name}` },
        best: result.values[0] ? `${result.values[0].metric.name} ${result.values[0].raw}` : null,
        trust: computeTrust(result),
      })),
    })),
  };
}
