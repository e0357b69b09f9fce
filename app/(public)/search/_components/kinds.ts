import type { SearchKind } from "@/lib/search";

export const KIND_LABEL: Record<SearchKind, { one: string; many: string; path: string }> = {
  paper: { one: "paper", many: "Papers", path: "/paper/" },
  task: { one: "task", many: "Tasks", path: "/task/" },
  dataset: { one: "dataset", many: "Datasets", path: "/dataset/" },
  method: { one: "method", many: "Methods", path: "/method/" },
};

export function searchHref(query: string, kind?: SearchKind, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set("kind", kind);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}
