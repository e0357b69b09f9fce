export type Paged<T> = { items: T[]; page: number; pageCount: number; total: number };

/** The page number of a `/page/N` path segment, or null when it is not a positive whole number. */
export function parsePage(segment: string | undefined): number | null {
  if (segment === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
