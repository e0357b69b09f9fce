const NEW_STYLE = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?$/i;
const OLD_STYLE = /^(?:arxiv:\s*)?([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;

/** A bare arXiv id ("1512.03385", "arXiv:1512.03385v2") as its abstract page; anything else as given. */
export function normalisePaperRef(ref: string): string {
  const text = ref.trim();
  const id = NEW_STYLE.exec(text)?.[1] ?? OLD_STYLE.exec(text)?.[1];
  return id ? `https://arxiv.org/abs/${id}` : text;
}

/** True for what can name a paper: an arXiv id or a web address. */
export function isPaperRef(ref: string): boolean {
  return /^https?:\/\/\S+$/i.test(normalisePaperRef(ref));
}

/** The submission with its paper named the way the catalogue finds it. */
export function withNormalisedRef<T extends { paper: { ref: string } }>(input: T): T {
  return { ...input, paper: { ...input.paper, ref: normalisePaperRef(input.paper.ref) } };
}
