// A leaderboard's comparison filters, as path segments so that each stays a cached page
// (/sota/B/setting/ensemble:no/max-params/7e9/…; next.config.js rewrites ?setting= and ?max_params= to them).
import { parseAmount } from "@/lib/axes/axes";
import { effectiveSettings, settingValue, type Setting, type SettingValues } from "./kinds";
import { formatSettingChoice, parseSettingChoice, type SettingChoice } from "./grouping";

export type BoardFilters = { setting: string | null; maxParams: number | null };

const NO_FILTERS: BoardFilters = { setting: null, maxParams: null };

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads leading [setting, CHOICE] and [max-params, N] off the segments; null when one is malformed. */
export function parseFilterSegments(segments: string[]): { filters: BoardFilters; rest: string[] } | null {
  const rest = [...segments];
  const filters = { ...NO_FILTERS };
  if (rest[0] === "setting") {
    if (!rest[1]) return null;
    filters.setting = safeDecode(rest[1]);
    rest.splice(0, 2);
  }
  if (rest[0] === "max-params") {
    const amount = parseAmount(safeDecode(rest[1] ?? ""));
    if (amount === null) return null;
    filters.maxParams = amount;
    rest.splice(0, 2);
  }
  return { filters, rest };
}

/** The path segments of some filters, to put after /sota/B. */
export function filterSuffix(filters: BoardFilters): string {
  return `${filters.setting ? `/setting/${encodeURIComponent(filters.setting)}` : ""}${filters.maxParams !== null ? `/max-params/${filters.maxParams.toExponential().replace("+", "")}` : ""}`;
}

/** A leaderboard path (from lib/leaderboard/view) with the filters put in after the benchmark. */
export function withFilters(path: string, benchmarkSlug: string, filters: BoardFilters): string {
  const base = `/sota/${benchmarkSlug}`;
  return `${base}${filterSuffix(filters)}${path.slice(base.length)}`;
}

type FilterableRow = { settings?: SettingValues; params?: number | null };

export type AppliedFilters<T> = { settings: Setting[]; choice: SettingChoice | null; results: T[]; withoutParams: number };

/**
 * Keeps the results the filters choose: one value of a setting (a grouping keeps all), and at most
 * N parameters (a result without a count is left out, and counted). Null: a setting the benchmark lacks.
 */
export function applyFilters<T extends FilterableRow>(declared: Setting[] | null | undefined, results: T[], filters: BoardFilters): AppliedFilters<T> | null {
  const settings = effectiveSettings(
    declared ?? null,
    results.map((result) => ({ settings: result.settings ?? {} })),
  );
  const choice = parseSettingChoice(filters.setting, settings);
  if (filters.setting && !choice) return null;
  let kept = results;
  if (choice?.value) kept = kept.filter((result) => settingValue(result.settings ?? {}, choice.key) === choice.value);
  let withoutParams = 0;
  if (filters.maxParams !== null) {
    const max = filters.maxParams;
    withoutParams = kept.filter((result) => result.params === null || result.params === undefined).length;
    kept = kept.filter((result) => typeof result.params === "number" && result.params <= max);
  }
  return { settings, choice, results: kept, withoutParams };
}

export { formatSettingChoice };
