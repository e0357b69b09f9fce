// Addresses with a query that are cached pages of a path of their own: the front (server.js) asks Next.js for
// that path instead, and answers later requests from its cache, as it does for any page without a query.
// - A search for one plain word (/search?q=dynamic) is the page /search/q/dynamic. Anything else — several
//   words, other parameters, an arXiv id or a DOI (which redirect to their paper) — stays dynamic.
// - A page of the papers list (/papers?page=2) is /papers/page/2, as next.config.js rewrites it.
// Plain JavaScript: server.js loads it uncompiled.

const SEARCH_WORD = /^[A-Za-z][A-Za-z0-9-]{0,59}$/;

/** A query the cached search page takes: letters, digits and hyphens, starting with a letter. @param {string} word */
export function isCachedSearchWord(word) {
  return SEARCH_WORD.test(word);
}

/**
 * The cached search page's path for a request's URL, or null when the request is not a plain one-word search.
 * @param {string} url
 */
export function cachedSearchPath(url) {
  if (!url.startsWith("/search?")) return null;
  const params = new URLSearchParams(url.slice("/search?".length));
  const words = params.getAll("q");
  if ([...params.keys()].length !== 1 || words.length !== 1) return null;
  const word = words[0].trim();
  return isCachedSearchWord(word) ? `/search/q/${word}` : null;
}

/**
 * The cached path of a papers list page, or null when the request is not `/papers?page=N` alone.
 * @param {string} url
 */
export function cachedPapersPagePath(url) {
  const page = /^\/papers\?page=(\d{1,6})$/.exec(url)?.[1];
  return page ? `/papers/page/${page}` : null;
}

/**
 * The path whose cached page answers a request's URL, or null when the URL is not one of the above.
 * @param {string} url
 */
export function cachedPagePath(url) {
  return cachedSearchPath(url) ?? cachedPapersPagePath(url);
}
