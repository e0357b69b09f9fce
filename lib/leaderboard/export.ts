// The downloads of a leaderboard view: the rows in the order the page shows them.
import type { Leaderboard, LeaderboardRow, LeaderboardValue } from "@/lib/data/leaderboards";
import type { ResultSource } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/format";
import type { ResolvedView } from "./view";
import { leaderboardPath } from "./view";

export const SOURCE_LABELS: Record<ResultSource, string> = {
  PWC_ARCHIVE: "PWC archive",
  DEMO: "Demo",
  SUBMISSION: "Submitted",
};

/** The value as reported, with its uncertainty when the text does not already carry it. */
export function reportedValue(value: Pick<LeaderboardValue, "raw" | "uncertainty">): string {
  if (value.uncertainty === null || /±|\+-|\+\/-/.test(value.raw)) return value.raw;
  return `${value.raw} ± ${value.uncertainty}`;
}

// A spreadsheet runs a cell starting with one of these as a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). Text that a
 * spreadsheet would run as a formula gets a leading single quote and is quoted, as OWASP advises;
 * a plain number such as "-0.35" stays a number.
 */
export function csvField(text: string | number | null): string {
  let s = text === null ? "" : String(text);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
}

type View = ResolvedView<Leaderboard>;

export function leaderboardCsv(board: Leaderboard, view: View, siteUrl: string): string {
  const header = ["Rank", "Model", ...board.metrics.map((m) => m.name), "Extra training data", "Paper", "Paper page", "Code", "Date", "Source", "Evidence"];
  const lines = view.rows.map(({ rank, result }) => [
    rank,
    result.modelName,
    ...board.metrics.map((metric) => {
      const value = result.values.find((v) => v.metricId === metric.id);
      return value ? reportedValue(value) : "";
    }),
    result.usesExtraData ? result.extraData || "yes" : "",
    result.paper?.title ?? "",
    result.paper ? `${siteUrl}/paper/${result.paper.slug}` : "",
    result.codeUrl,
    isoDay(result.evaluatedAt),
    SOURCE_LABELS[result.source],
    result.evidence,
  ]);
  return [header, ...lines].map((fields) => fields.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function jsonRow(board: Leaderboard, rank: number | null, result: LeaderboardRow, siteUrl: string) {
  return {
    rank,
    model: result.modelName,
    values: Object.fromEntries(
      board.metrics.flatMap((metric) => {
        const value = result.values.find((v) => v.metricId === metric.id);
        return value ? [[metric.name, { raw: value.raw, value: value.value, uncertainty: value.uncertainty }]] : [];
      }),
    ),
    usesExtraData: result.usesExtraData,
    extraData: result.extraData || null,
    paper: result.paper ? { title: result.paper.title, url: result.paper.url, page: `${siteUrl}/paper/${result.paper.slug}` } : null,
    code: result.codeUrl,
    evaluatedAt: isoDay(result.evaluatedAt) || null,
    source: result.source,
    evidence: result.evidence || null,
  };
}

export function leaderboardJson(board: Leaderboard, view: View, siteUrl: string) {
  return {
    benchmark: {
      slug: board.slug,
      task: board.task.name,
      dataset: board.dataset.name,
      url: `${siteUrl}${leaderboardPath(board.slug, view)}`,
    },
    rankedBy: view.metric ? { name: view.metric.name, direction: view.metric.direction } : null,
    withoutExtraData: view.withoutExtraData,
    metrics: board.metrics.map((m) => ({ name: m.name, direction: m.direction, unit: m.unit || null })),
    results: view.rows.map(({ rank, result }) => jsonRow(board, rank, result, siteUrl)),
    licence: "CC-BY-SA 4.0",
  };
}
