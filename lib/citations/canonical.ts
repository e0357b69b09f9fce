// What a citation freezes of a leaderboard: its rows ranked by the default metric, in a canonical JSON
// (keys sorted, no spaces) whose SHA-256 names the content.
import { createHash } from "node:crypto";
import type { Leaderboard } from "@/lib/data/leaderboards";
import { defaultRankingMetric, rankResults } from "@/lib/leaderboard/rank";

export type SnapshotRow = {
  rank: number | null;
  model: string;
  paper: { slug: string; title: string } | null;
  values: Record<string, string>;
  extraData: string | null;
  evaluatedAt: string | null;
  codeUrl: string | null;
};

export type SnapshotContent = {
  benchmark: string;
  title: string;
  asOf: string;
  rankedBy: string | null;
  metrics: { name: string; direction: string; unit: string }[];
  rows: SnapshotRow[];
};

/** The content of `board` (already rebuilt as of `asOf`, an ISO day) that a snapshot keeps. */
export function snapshotContent(board: Leaderboard, asOf: string): SnapshotContent {
  const metric = defaultRankingMetric(board.metrics);
  const names = new Map(board.metrics.map((entry) => [entry.id, entry.name]));
  return {
    benchmark: board.slug,
    title: `${board.task.name} on ${board.dataset.name}`,
    asOf,
    rankedBy: metric?.name ?? null,
    metrics: board.metrics.map(({ name, direction, unit }) => ({ name, direction, unit })),
    rows: rankResults(board.results, metric).map(({ rank, result }) => ({
      rank,
      model: result.modelName,
      paper: result.paper && { slug: result.paper.slug, title: result.paper.title },
      values: Object.fromEntries(result.values.flatMap((value) => (names.has(value.metricId) ? [[names.get(value.metricId)!, value.raw]] : []))),
      extraData: result.usesExtraData ? result.extraData || "yes" : null,
      evaluatedAt: result.evaluatedAt?.slice(0, 10) ?? null,
      codeUrl: result.codeUrl,
    })),
  };
}

/** JSON with every object's keys in order and no whitespace: one text per content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
