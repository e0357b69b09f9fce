// The leaderboard's filter "at least …": `?trust=code` is rewritten (next.config.js) to a leading
// /trust/code segment, so that each filtered view is a cached page like the others.
import { meetsTrust, parseTrustFilter, type Trust, type TrustLevel } from "./trust-level";

/** Reads a leading [trust, LEVEL] off the segments; null when LEVEL is not a level the filter offers. */
export function parseTrustSegments(segments: string[]): { trust: TrustLevel | null; rest: string[] } | null {
  if (segments[0] !== "trust") return { trust: null, rest: segments };
  const trust = parseTrustFilter(segments[1]);
  return trust ? { trust, rest: segments.slice(2) } : null;
}

/** The view with only the rows of at least that trust; their ranks stay those among all rows. */
export function filterByTrust<V extends { rows: { result: { trust?: Trust } }[] }>(view: V | null, trust: TrustLevel | null): V | null {
  if (!view || !trust) return view;
  return { ...view, rows: view.rows.filter((row) => meetsTrust(row.result.trust?.level ?? "none", trust)) };
}

/** A leaderboard path with its trust segment, which comes first after the board (parseTrustSegments). */
export function withTrust(path: string, benchmarkSlug: string, trust: TrustLevel | null): string {
  const base = `/sota/${benchmarkSlug}`;
  return trust ? `${base}/trust/${trust}${path.slice(base.length)}` : path;
}
