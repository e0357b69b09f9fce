import { prisma } from "@/lib/db";

export type Identifier = { kind: "arxiv" | "doi"; id: string };

const ARXIV_NEW = String.raw`\d{4}\.\d{4,5}`;
const ARXIV_OLD = String.raw`[a-z][a-z.-]*\/\d{7}`;
const ARXIV = new RegExp(
  String.raw`^(?:arxiv:\s*|https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/)?(${ARXIV_NEW}|${ARXIV_OLD})(?:v\d+)?(?:\.pdf)?\/?$`,
  "i",
);
const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

/**
 * An arXiv id ("2010.11929", "arXiv:2010.11929v2", an arxiv.org/abs or /pdf address, "hep-th/9901001")
 * or a DOI ("10.1000/xyz", "doi:…", a doi.org address) as a whole query; null for anything else.
 */
export function parseIdentifier(query: string): Identifier | null {
  const text = query.trim();
  const arxiv = ARXIV.exec(text);
  if (arxiv) return { kind: "arxiv", id: arxiv[1].toLowerCase() };
  const doi = DOI.exec(text);
  return doi ? { kind: "doi", id: doi[1] } : null;
}

/** The catalogue's paper with this arXiv id, or whose address carries this DOI (DOIs ignore case). */
export async function findPaperByIdentifier(identifier: Identifier): Promise<{ slug: string; title: string } | null> {
  const select = { slug: true, title: true } as const;
  if (identifier.kind === "arxiv") return prisma.paper.findFirst({ where: { arxivId: identifier.id }, select });
  const spellings = [...new Set([identifier.id, identifier.id.toLowerCase(), identifier.id.toUpperCase()])];
  return prisma.paper.findFirst({
    where: { OR: spellings.flatMap((doi) => [{ url: { endsWith: `/${doi}` } }, { pdfUrl: { endsWith: `/${doi}` } }, { sourceKey: { endsWith: doi } }]) },
    select,
  });
}
