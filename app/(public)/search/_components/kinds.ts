import type { SearchKind } from "@/lib/search";

/** What a search page lists: the catalogue's kinds, and models and leaderboards. */
export type PageKind = SearchKind | "model" | "leaderboard";

export const PAGE_KINDS: PageKind[] = ["model", "leaderboard", "paper", "task", "dataset", "method"];

export const KIND_LABEL: Record<PageKind, { one: string; many: string; path: string }> = {
  model: { one: "model", many: "Models", path: "/search?q=" },
  leaderboard: { one: "leaderboard", many: "Leaderboards", path: "/sota/" },
  paper: { one: "paper", many: "Papers", path: "/paper/" },
  task: { one: "task", many: "Tasks", path: "/task/" },
  dataset: { one: "dataset", many: "Datasets", path: "/dataset/" },
  method: { one: "method", many: "Methods", path: "/method/" },
};

export function searchHref(query: string, kind?: PageKind, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set("kind", kind);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}
