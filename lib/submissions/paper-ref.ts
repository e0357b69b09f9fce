import { arxivIdOf, checkArxivId } from "@/lib/validations/arxiv-id";

/** A valid arXiv id's abstract page, without its version; null for anything else. */
export function arxivAbstractUrl(ref: string): string | null {
  const meant = arxivIdOf(ref);
  const id = meant === null ? null : checkArxivId(meant).id;
  return id ? `https://arxiv.org/abs/${id.replace(/v\d+$/, "")}` : null;
}

/** A bare arXiv id ("1512.03385", "arXiv:1512.03385v2") as its abstract page; anything else as given. */
export function normalisePaperRef(ref: string): string {
  const text = ref.trim();
  return /^https?:\/\//i.test(text) ? text : (arxivAbstractUrl(text) ?? text);
}

/** True for what can name a paper: an arXiv id or a web address. */
export function isPaperRef(ref: string): boolean {
  return /^https?:\/\/\S+$/i.test(normalisePaperRef(ref));
}

/** The submission with its paper named the way the catalogue finds it. */
export function withNormalisedRef<T extends { paper: { ref: string } }>(input: T): T {
  return { ...input, paper: { ...input.paper, ref: normalisePaperRef(input.paper.ref) } };
}
