/**
 * Cache tags of the public catalogue. A read in lib/data tags what it reads; a write expires
 * the tags of what it changed (lib/cache/expire-tags.ts), and every page that read them
 * renders fresh on its next request.
 */
export const tags = {
  /** Lists, counts and the home page: anything that shows many entries. Expiring it expires `paperText` too. */
  catalogue: "catalogue",
  /**
   * What a decision changes in the lists (a result's count, a current best, a recent result): a read tagged
   * `catalogue` ends when this expires too (lib/cache/tag-store.js), a read tagged `paperText` alone does not.
   */
  results: "results",
  /** The papers there are and what they are searched by (title, authors, abstract): the papers' search hits. */
  paperText: "paper-text",
  benchmark: (id: string) => `benchmark:${id}`,
  paper: (id: string) => `paper:${id}`,
  task: (id: string) => `task:${id}`,
  dataset: (id: string) => `dataset:${id}`,
  method: (id: string) => `method:${id}`,
  /** Not a page's: an API token's owner, kept by each server process until the token is revoked (lib/api/tokens.ts). */
  apiToken: (id: string) => `api-token:${id}`,
} as const;
