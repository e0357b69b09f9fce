/** How a paper is named by the archive or a submitter, and the key that finds it again. */
export type PaperIdentity = {
  /** "arxiv:<id>", else the normalised URL, else "title:<lowercased title>". */
  sourceKey: string;
  title: string | null;
  arxivId: string | null;
  url: string | null;
  pdfUrl: string | null;
};

const ARXIV_HOSTS = new Set(["arxiv.org", "export.arxiv.org"]);
const NEW_STYLE_ID = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_STYLE_ID = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;

/** The arXiv id, without version, of an abs or pdf URL ("https://arxiv.org/pdf/1711.03953v2.pdf" → "1711.03953"). */
export function parseArxivId(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (!parsed || !ARXIV_HOSTS.has(parsed.hostname.replace(/^www\./, ""))) return null;
  const match = /^\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/.exec(parsed.pathname);
  const id = match?.[1] ?? "";
  return NEW_STYLE_ID.exec(id)?.[1] ?? OLD_STYLE_ID.exec(id)?.[1] ?? null;
}

/** A URL in one spelling: https, no "www.", no fragment, no trailing slash; null when it is not a web address. */
export function normaliseUrl(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  parsed.protocol = "https:";
  parsed.hostname = parsed.hostname.replace(/^www\./, "");
  parsed.hash = "";
  return parsed.toString().replace(/\/+$/, "");
}

function parseHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch {
    return null;
  }
}

/** Titles come with line breaks and doubled spaces from PDF extraction. */
export function cleanTitle(title: string | null | undefined): string {
  return (title ?? "").replace(/\s+/g, " ").trim();
}

/** The first web address in a text: the archive has ") https://…" and titles that are addresses. */
export function findUrl(text: string | null | undefined): string | null {
  const match = /https?:\/\/[^\s"'<>]+/i.exec(text ?? "");
  return match ? match[0].replace(/[).,;]+$/, "") : null;
}

const CODE_HOSTS = new Set(["github.com", "gitlab.com", "bitbucket.org"]);

/** A repository address: code, not a paper. */
export function isCodeRepositoryUrl(url: string): boolean {
  const parsed = parseHttpUrl(url);
  return parsed !== null && CODE_HOSTS.has(parsed.hostname.replace(/^www\./, ""));
}

/**
 * The identity of a paper from the title and URL given for it; null when it has neither. A "title" that
 * is a web address is taken as the address, and a code repository's address is not a paper's.
 */
export function identifyPaper(title: string | null | undefined, url: string | null | undefined): PaperIdentity | null {
  const urlInTitle = findUrl(title);
  const cleanedTitle = urlInTitle ? null : cleanTitle(title) || null;
  const address = [findUrl(url), urlInTitle].find((candidate) => candidate && !isCodeRepositoryUrl(candidate)) ?? null;
  const arxivId = address ? parseArxivId(address) : null;
  if (arxivId) {
    return {
      sourceKey: `arxiv:${arxivId}`,
      title: cleanedTitle,
      arxivId,
      url: `https://arxiv.org/abs/${arxivId}`,
      pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
    };
  }
  const normalised = address ? normaliseUrl(address) : null;
  if (address && normalised) {
    const pdfUrl = /\.pdf$/i.test(new URL(normalised).pathname) ? address : null;
    return { sourceKey: normalised, title: cleanedTitle, arxivId: null, url: address, pdfUrl };
  }
  if (cleanedTitle) {
    return { sourceKey: `title:${cleanedTitle.toLowerCase()}`, title: cleanedTitle, arxivId: null, url: null, pdfUrl: null };
  }
  return null;
}

/** What to call a paper whose title nobody gave: its arXiv id or its address. */
export function fallbackPaperTitle(paper: Pick<PaperIdentity, "arxivId" | "url">): string {
  if (paper.arxivId) return `arXiv:${paper.arxivId}`;
  return paper.url ?? "Untitled paper";
}
