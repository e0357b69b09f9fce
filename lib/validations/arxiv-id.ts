// arXiv's identifier schemes (https://info.arxiv.org/help/arxiv_identifier.html): YYMM.NNNN from April 2007,
// YYMM.NNNNN from January 2015, and archive/YYMMNNN before April 2007. Shared by the form and the server.

const NEW_STYLE = /^(\d{2})(\d{2})\.(\d+)(v[1-9]\d*)?$/i;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?)\/(\d{2})(\d{2})(\d{3})(v[1-9]\d*)?$/i;
const ARXIV_ADDRESS = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i;
/** What a person means as an arXiv id, right or wrong: "arXiv:…", digits with a dot, an arxiv.org address. */
const LOOKS_LIKE_ID = /^(?:arxiv:\s*\S+|\d{3,}\.\d*(?:v\d*)?|[a-z-]+(?:\.[a-z]{2})?\/\d+(?:v\d*)?)$/i;

export type ArxivIdCheck = { id: string; problem: null } | { id: null; problem: string };

const refuse = (problem: string): ArxivIdCheck => ({ id: null, problem });

function checkNewStyle(yy: string, mm: string, number: string, text: string): ArxivIdCheck | null {
  const month = Number(mm);
  if (month < 1 || month > 12) return refuse(`${text} is not an arXiv id: its first four digits are a year and month (YYMM), and ${mm} is no month.`);
  const yymm = Number(yy + mm);
  if (yymm < 704) return refuse(`${text} is not an arXiv id: ids of the form YYMM.NNNNN start in April 2007 (0704); older ones read like hep-th/9901001.`);
  const digits = yymm < 1501 ? 4 : 5;
  if (number.length !== digits) {
    const since = yymm < 1501 ? "before 2015 (1501)" : "since 2015 (1501)";
    return refuse(`${text} is not an arXiv id: ${since} the number after the dot has ${digits} digits, e.g. ${yy}${mm}.${"0".repeat(digits - 1)}1.`);
  }
  return null;
}

/** The bare arXiv id (with its version, if given) of "1512.03385", "arXiv:1512.03385v2", "hep-th/9901001". */
export function checkArxivId(raw: string): ArxivIdCheck {
  const text = raw.trim().replace(/^arxiv:\s*/i, "");
  const modern = NEW_STYLE.exec(text);
  if (modern) {
    const [, yy, mm, number, version = ""] = modern;
    return checkNewStyle(yy, mm, number, text) ?? { id: `${yy}${mm}.${number}${version.toLowerCase()}`, problem: null };
  }
  const old = OLD_STYLE.exec(text);
  if (old) {
    const [, archive, yy, mm, number, version = ""] = old;
    const month = Number(mm);
    const year = Number(yy);
    if (month < 1 || month > 12) return refuse(`${text} is not an arXiv id: after the archive come a year and month (YYMM), and ${mm} is no month.`);
    if (year > 7 && year < 91) return refuse(`${text} is not an arXiv id: ids like archive/YYMMNNN run from 1991 to March 2007.`);
    return { id: `${archive.toLowerCase()}/${yy}${mm}${number}${version.toLowerCase()}`, problem: null };
  }
  return refuse(`${text} is not an arXiv id: write it like 1512.03385 (or 1512.03385v2), or like hep-th/9901001 for papers before April 2007.`);
}

/** An arXiv id, or an arxiv.org address's id, as the person meant it; null for anything else (another address, a title). */
export function arxivIdOf(ref: string): string | null {
  const text = ref.trim();
  const address = ARXIV_ADDRESS.exec(text);
  if (address) return address[1];
  return LOOKS_LIKE_ID.test(text) ? text : null;
}

/** Why a paper reference that means an arXiv id is no valid one; null when it is valid or means no arXiv id. */
export function arxivRefProblem(ref: string): string | null {
  const id = arxivIdOf(ref);
  return id === null ? null : checkArxivId(id).problem;
}
