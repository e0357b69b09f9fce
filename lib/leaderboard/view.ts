// A leaderboard's views and their paths. Each view is a path, never a query, so that each one is
// a cached page: /sota/B, /sota/B/by/METRIC, /sota/B/no-extra-data[/by/METRIC], and the same
// after /sota/B/export.csv, /sota/B/export.json or /sota/B/export.yaml (model-index) for the downloads.
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import type { RankResult, Ranked } from "./rank";
import { defaultRankingMetric, rankResults } from "./rank";

export type LeaderboardView = {
  /** The metric's slug or name as it came in the URL; null for the default ranking metric. */
  metric: string | null;
  withoutExtraData: boolean;
};

export type ExportFormat = "csv" | "json" | "yaml";

const WITHOUT_EXTRA_DATA = "no-extra-data";

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Reads the segments after the benchmark: [], [no-extra-data], then optionally [by, METRIC…].
 * The metric comes last so that a name with a slash (from `?metric=`) stays whole. Null: no view.
 */
export function parseViewSegments(segments: string[] = []): LeaderboardView | null {
  const rest = segments.map(safeDecode);
  const withoutExtraData = rest[0] === WITHOUT_EXTRA_DATA;
  if (withoutExtraData) rest.shift();
  if (rest.length === 0) return { metric: null, withoutExtraData };
  if (rest[0] !== "by" || rest.length < 2) return null;
  return { metric: rest.slice(1).join("/"), withoutExtraData };
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

type NamedMetric = { id: string; name: string; position: number };

/** A URL-safe slug for each metric of one benchmark ("% Test Accuracy" → "test-accuracy"), unique within it. */
export function metricSlugs(metrics: NamedMetric[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const metric of [...metrics].sort((a, b) => a.position - b.position)) {
    const base = slugify(metric.name) || `metric-${metric.position + 1}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(metric.id, slug);
  }
  return slugs;
}

/** The metric a URL names: by its slug, else by its exact name, else by its name in any case. */
export function findMetric<M extends NamedMetric>(metrics: M[], key: string): M | undefined {
  const slugs = metricSlugs(metrics);
  return (
    metrics.find((metric) => slugs.get(metric.id) === key) ??
    metrics.find((metric) => metric.name === key) ??
    metrics.find((metric) => metric.name.toLowerCase() === key.toLowerCase())
  );
}

function viewSuffix(view: { metricSlug?: string | null; withoutExtraData?: boolean }): string {
  return `${view.withoutExtraData ? `/${WITHOUT_EXTRA_DATA}` : ""}${view.metricSlug ? `/by/${encodeURIComponent(view.metricSlug)}` : ""}`;
}

/** The page of a view; `metricSlug` null for the default ranking metric. */
export function leaderboardPath(benchmarkSlug: string, view: { metricSlug?: string | null; withoutExtraData?: boolean } = {}): string {
  return `/sota/${benchmarkSlug}${viewSuffix(view)}`;
}

/** Rows on one page of a leaderboard: the largest have over a thousand, and a page of fifty renders in a few tens of milliseconds. */
export const LEADERBOARD_PAGE_SIZE = 50;

/**
 * Reads a leading [page, N] off the segments (/sota/B/page/2/by/ap50): the page and the view's own
 * segments. Null when N is not a page number (the first page has no segment of its own).
 */
export function parsePageSegments(segments: string[] = []): { page: number; rest: string[] } | null {
  if (segments[0] !== "page") return { page: 1, rest: segments };
  return /^[1-9]\d{0,4}$/.test(segments[1] ?? "") && segments[1] !== "1" ? { page: Number(segments[1]), rest: segments.slice(2) } : null;
}

/** A page of a view: the view's own path on page 1, /sota/B/page/N/… after it. */
export function leaderboardPagePath(benchmarkSlug: string, view: { metricSlug?: string | null; withoutExtraData?: boolean }, page: number): string {
  return page <= 1 ? leaderboardPath(benchmarkSlug, view) : `/sota/${benchmarkSlug}/page/${page}${viewSuffix(view)}`;
}

/** The download of a view, in the order the page shows. */
export function exportPath(benchmarkSlug: string, format: ExportFormat, view: { metricSlug?: string | null; withoutExtraData?: boolean } = {}): string {
  return `/sota/${benchmarkSlug}/export.${format}${viewSuffix(view)}`;
}

/** "object-detection-on-coco-test-dev.by-ap50.no-extra-data.csv" */
export function exportFilename(benchmarkSlug: string, format: ExportFormat, view: { metricSlug?: string | null; withoutExtraData?: boolean }): string {
  const parts = [benchmarkSlug, view.metricSlug ? `by-${view.metricSlug}` : "", view.withoutExtraData ? WITHOUT_EXTRA_DATA : ""];
  return `${parts.filter(Boolean).join(".")}.${format}`;
}

type ViewBoard = {
  metrics: (NamedMetric & { direction: MetricDirection })[];
  results: (RankResult & { usesExtraData: boolean })[];
};

export type ResolvedView<B extends ViewBoard> = {
  /** The ranking metric; undefined when the benchmark has none that ranks. */
  metric: B["metrics"][number] | undefined;
  /** The metric's slug for paths, null when it is the default one. */
  metricSlug: string | null;
  defaultMetricId: string | null;
  slugs: Map<string, string>;
  withoutExtraData: boolean;
  rows: Ranked<B["results"][number]>[];
  extraDataCount: number;
};

/** What a view shows: its ranking metric and the rows in order. Null when the URL names no ranking metric. */
export function resolveView<B extends ViewBoard>(board: B, view: LeaderboardView): ResolvedView<B> | null {
  const slugs = metricSlugs(board.metrics);
  const fallback = defaultRankingMetric(board.metrics);
  const metric = view.metric === null ? fallback : findMetric(board.metrics, view.metric);
  if (view.metric !== null && (!metric || metric.direction === "NOT_RANKED")) return null;
  return {
    metric,
    metricSlug: metric && metric.id !== fallback?.id ? slugs.get(metric.id)! : null,
    defaultMetricId: fallback?.id ?? null,
    slugs,
    withoutExtraData: view.withoutExtraData,
    rows: rankResults(board.results, metric, { excludeExtraData: view.withoutExtraData }),
    extraDataCount: board.results.filter((result) => result.usesExtraData).length,
  };
}

/** The path of this view with one choice changed: another ranking metric or the extra-data filter. */
export function switchView(
  benchmarkSlug: string,
  view: Pick<ResolvedView<ViewBoard>, "metric" | "defaultMetricId" | "slugs" | "withoutExtraData">,
  change: { metricId?: string; withoutExtraData?: boolean },
): string {
  const metricId = change.metricId ?? view.metric?.id;
  return leaderboardPath(benchmarkSlug, {
    metricSlug: metricId && metricId !== view.defaultMetricId ? view.slugs.get(metricId) : null,
    withoutExtraData: change.withoutExtraData ?? view.withoutExtraData,
  });
}
