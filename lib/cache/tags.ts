/**
 * Cache tags of the public catalogue. A read in lib/data tags what it reads; a write expires
 * the tags of what it changed (lib/cache/expire-tags.ts), and every page that read them
 * renders fresh on its next request.
 */
export const tags = {
  /** Lists, counts and the home page: anything that shows many entries. */
  catalogue: "catalogue",
  benchmark: (id: string) => `benchmark:${id}`,
  paper: (id: string) => `paper:${id}`,
  task: (id: string) => `task:${id}`,
  dataset: (id: string) => `dataset:${id}`,
  method: (id: string) => `method:${id}`,
  /** Not a page's: an API token's owner, kept by each server process until the token is revoked (lib/api/tokens.ts). */
  apiToken: (id: string) => `api-token:${id}`,
} as const;
