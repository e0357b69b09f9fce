import { parseArxivAtom, type ArxivPaper } from "./parse-arxiv-atom";

export type ArxivSource = { baseUrl: string | undefined; timeoutMs: number };

/**
 * A paper's metadata from arXiv's export API (`<baseUrl>?id_list=<id>`), or null: no base URL configured,
 * arXiv does not know the id, or it failed or was slower than the timeout. Never throws: the form goes on
 * without it.
 */
export async function fetchArxivPaper(arxivId: string, source: ArxivSource): Promise<ArxivPaper | null> {
  if (!source.baseUrl) return null;
  const url = new URL(source.baseUrl);
  url.searchParams.set("id_list", arxivId);
  url.searchParams.set("max_results", "1");
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(source.timeoutMs), headers: { Accept: "application/atom+xml" } });
    if (!response.ok) return null;
    const answer = parseArxivAtom(await response.text());
    return answer.kind === "found" ? answer.paper : null;
  } catch {
    return null;
  }
}
