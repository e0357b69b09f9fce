// A search for one plain word (/search?q=dynamic) is served as the cached page /search/q/dynamic: the front
// (server.js) asks Next.js for that path instead, and answers later ones from its cache. Anything else —
// several words, other parameters, an arXiv id or a DOI (which redirect to their paper) — stays dynamic.
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
