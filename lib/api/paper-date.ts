// The old API's Paper has a publication date, and its Python client refuses a paper without one
// (`published: date`, not optional). Where the catalogue has no date, the API derives one it can
// stand behind and says how in `published_source`; it never makes one up.
import { isoDay } from "@/lib/format";

export const PUBLISHED_SOURCES = ["paper", "arxiv_id", "evaluation", "catalogue"] as const;
export type PublishedSource = (typeof PUBLISHED_SOURCES)[number];

/** What each source means, for the schema's description and the docs page. */
export const PUBLISHED_SOURCE_MEANINGS: Record<PublishedSource, string> = {
  paper: "the paper's own publication date, as the catalogue records it",
  arxiv_id: "the first day of the month its arXiv id was issued in (2010.11929 → 2020-10-01): the first version's month",
  evaluation: "the earliest evaluation date of its approved results: the paper was out by then",
  catalogue: "the day the paper entered this catalogue, when nothing else dates it: only a latest possible date",
};

/** Only the month of issue is in an arXiv id: YYMM.NNNNN (from 2007) or archive/YYMMNNN (before). */
export function arxivMonth(arxivId: string | null): string | null {
  const match = arxivId?.match(/^(\d{2})(\d{2})\.\d{4,5}$/) ?? arxivId?.match(/^[a-z-]+(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}$/);
  if (!match) return null;
  const [yy, mm] = [Number(match[1]), Number(match[2])];
  if (mm < 1 || mm > 12) return null;
  // arXiv began in August 1991: "91"–"99" are the 1990s, the rest this century.
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return `${year}-${String(mm).padStart(2, "0")}-01`;
}

export type PaperDates = {
  publishedAt: Date | null;
  arxivId: string | null;
  /** The earliest evaluation date of the paper's approved results. */
  firstEvaluatedAt: Date | null;
  createdAt: Date;
};

/** The date the API gives a paper, and where it comes from: the first of the sources that has one. */
export function publishedDateOf(paper: PaperDates): { published: string; published_source: PublishedSource } {
  if (paper.publishedAt) return { published: isoDay(paper.publishedAt), published_source: "paper" };
  const fromArxiv = arxivMonth(paper.arxivId);
  if (fromArxiv) return { published: fromArxiv, published_source: "arxiv_id" };
  if (paper.firstEvaluatedAt) return { published: isoDay(paper.firstEvaluatedAt), published_source: "evaluation" };
  return { published: isoDay(paper.createdAt), published_source: "catalogue" };
}
