/** Where each feed is: linked from its page's head (Next metadata `alternates.types`). */
export const feedPaths = {
  site: () => "/feed.atom",
  benchmark: (slug: string) => `/sota/${slug}/feed.atom`,
  task: (slug: string) => `/task/${slug}/feed.atom`,
  paper: (slug: string) => `/paper/${slug}/feed.atom`,
};

/** The head link of a page with a feed: `alternates: feedAlternates(path, title)`. */
export function feedAlternates(path: string, title: string) {
  return { types: { "application/atom+xml": [{ url: path, title }] } };
}
