const MAX_TERMS = 12;

/**
 * The words of a query as every engine indexes them: runs of letters and digits. Operators,
 * quotes and brackets a user types are dropped, so no input can be read as query syntax.
 */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}
