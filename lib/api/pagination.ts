import { ApiError } from "./errors";

export const DEFAULT_ITEMS_PER_PAGE = 50;
export const MAX_ITEMS_PER_PAGE = 500;

/** What a list read needs to know: which slice of its rows to return. */
export type PageWindow = { page: number; itemsPerPage: number; skip: number; take: number };

/** What a list read returns: the rows of the requested slice and how many match in all. */
export type Slice<T> = { count: number; results: T[] };

/** Django REST framework's page: absolute links to the neighbours, null at either end. */
export type ApiPage<T> = { count: number; next: string | null; previous: string | null; results: T[] };

export function pageWindow(page: number, itemsPerPage: number): PageWindow {
  return { page, itemsPerPage, skip: (page - 1) * itemsPerPage, take: itemsPerPage };
}

/** The rows of `window` out of a list already read whole (ranked results, a paper's few tasks). */
export function sliceOf<T>(rows: T[], window: PageWindow): Slice<T> {
  return { count: rows.length, results: rows.slice(window.skip, window.skip + window.take) };
}

/**
 * The page answered for `slice`, with `next` and `previous` built from the request's own URL (every other
 * parameter kept). A page past the last is refused as Django REST framework does, with a 404.
 */
export function toApiPage<T>(slice: Slice<T>, window: PageWindow, requestUrl: URL): ApiPage<T> {
  const lastPage = Math.max(1, Math.ceil(slice.count / window.itemsPerPage));
  if (window.page > lastPage) {
    throw new ApiError("not_found", `Page ${window.page} does not exist: there ${lastPage === 1 ? "is 1 page" : `are ${lastPage} pages`}.`, {
      parameter: "page",
    });
  }
  const link = (page: number) => {
    const url = new URL(requestUrl);
    if (page === 1) url.searchParams.delete("page");
    else url.searchParams.set("page", String(page));
    return url.toString();
  };
  return {
    count: slice.count,
    next: window.page < lastPage ? link(window.page + 1) : null,
    previous: window.page > 1 ? link(window.page - 1) : null,
    results: slice.results,
  };
}
