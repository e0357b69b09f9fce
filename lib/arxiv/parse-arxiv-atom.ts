/** What the submission form fills in from arXiv. */
export type ArxivPaper = { arxivId: string; title: string; authors: string[]; publishedAt: string; abstract: string };

export type ArxivAnswer = { kind: "found"; paper: ArxivPaper } | { kind: "missing" } | { kind: "error"; message: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of each `<tag>` directly written in `xml` (Atom's elements here are never nested in themselves). */
function elements(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g");
  return [...xml.matchAll(pattern)].map((match) => match[1]);
}

// arXiv hard-wraps titles and abstracts at ~80 columns: one line of text reads better in a form.
const oneLine = (text: string) => decodeXml(text).replace(/\s+/g, " ").trim();

/**
 * The first entry of an arXiv export API answer (Atom 1.0, https://info.arxiv.org/help/api/user-manual.html):
 * its id without version, title, authors in order, first version's date and abstract. An answer without an
 * entry means arXiv has no such paper; an entry under arxiv.org/api/errors is arXiv's own refusal.
 */
export function parseArxivAtom(xml: string): ArxivAnswer {
  const entry = elements(xml, "entry")[0];
  if (!entry) return { kind: "missing" };
  const id = oneLine(elements(entry, "id")[0] ?? "");
  if (id.includes("/api/errors")) return { kind: "error", message: oneLine(elements(entry, "summary")[0] ?? "arXiv refused the request") };
  const arxivId = /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/.exec(id)?.[1];
  const title = oneLine(elements(entry, "title")[0] ?? "");
  const published = oneLine(elements(entry, "published")[0] ?? "");
  if (!arxivId || !title) return { kind: "missing" };
  return {
    kind: "found",
    paper: {
      arxivId,
      title,
      authors: elements(entry, "author")
        .map((author) => oneLine(elements(author, "name")[0] ?? ""))
        .filter(Boolean),
      publishedAt: /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? "",
      abstract: oneLine(elements(entry, "summary")[0] ?? ""),
    },
  };
}
