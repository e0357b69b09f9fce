// A leaderboard's comparison filters, as path segments so that each stays a cached page
// (/sota/B/setting/ensemble:no/max-params/7e9/…; next.config.js rewrites ?setting= and ?max_params= to them).
import { parseAmount } from "@/lib/axes/axes";
import { withTrust } from "@/lib/trust/trust-view";
import type { TrustLevel } from "@/lib/trust/trust-level";
import { effectiveSettings, settingValue, type Setting, type SettingValues } from "./kinds";
import { comparableGroup, formatSettingChoice, parseSettingChoice, splitComparable, type SettingChoice } from "./grouping";

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

/**
 * The board's own links (metric, extra data, page, comparison, trust) with the active filters and trust
 * put back in, so that switching one keeps the others: `change` replaces some of them.
 */
export function boardLinker(benchmarkSlug: string, filters: BoardFilters, trust: TrustLevel | null) {
  return (path: string, change: { setting?: string | null; maxParams?: number | null; trust?: TrustLevel | null } = {}) => {
    const { trust: trustChange, ...filterChange } = change;
    return withTrust(withFilters(path, benchmarkSlug, { ...filters, ...filterChange }), benchmarkSlug, trustChange === undefined ? trust : trustChange);
  };
}
export type BoardLinker = ReturnType<typeof boardLinker>;

type FilterableRow = { settings?: SettingValues; params?: number | null };

/** `?setting=all`: every result ranked in one list, as before settings (the default ranks the comparable group first). */
export const ALL_TOGETHER = "all";

/**
 * How the board compares: the comparable group ranked first (the default on a board with settings), all
 * in one list, split into a table per value of a setting, or one value of a setting alone.
 */
export type ComparisonMode = "comparable" | "all" | "split" | "one";

export type AppliedFilters<T> = {
  settings: Setting[];
  choice: SettingChoice | null;
  mode: ComparisonMode;
  /** The comparable group: the settings most of the board's results share. */
  group: SettingValues;
  /** The rows ranked: in the default mode, those of the comparable group. */
  results: T[];
  /** In the default mode, the rows with other settings, shown after the ranked ones; else none. */
  others: T[];
  withoutParams: number;
};

/**
 * Keeps the results the filters choose: one value of a setting (a grouping keeps all), and at most
 * N parameters (a result without a count is left out, and counted). Null: a setting the benchmark lacks.
 */
export function applyFilters<T extends FilterableRow>(declared: Setting[] | null | undefined, results: T[], filters: BoardFilters): AppliedFilters<T> | null {
  const settings = effectiveSettings(
    declared ?? null,
    results.map((result) => ({ settings: result.settings ?? {} })),
  );
  const together = filters.setting === ALL_TOGETHER && !settings.some((setting) => setting.key === ALL_TOGETHER);
  const choice = together ? null : parseSettingChoice(filters.setting, settings);
  if (filters.setting && !choice && !together) return null;
  let kept = results;
  if (choice?.value) kept = kept.filter((result) => settingValue(result.settings ?? {}, choice.key) === choice.value);
  let withoutParams = 0;
  if (filters.maxParams !== null) {
    const max = filters.maxParams;
    withoutParams = kept.filter((result) => result.params === null || result.params === undefined).length;
    kept = kept.filter((result) => typeof result.params === "number" && result.params <= max);
  }
  const group = comparableGroup(
    results.map((result) => ({ settings: result.settings ?? {} })),
    settings,
  );
  const mode: ComparisonMode = choice ? (choice.value === null ? "split" : "one") : together || settings.length === 0 ? "all" : "comparable";
  if (mode !== "comparable") return { settings, choice, mode, group, results: kept, others: [], withoutParams };
  const split = splitComparable(
    kept.map((result) => ({ result, settings: result.settings ?? {} })),
    settings,
    group,
  );
  return {
    settings,
    choice,
    mode,
    group,
    results: split.comparable.map((row) => row.result),
    others: split.others.map((row) => row.result),
    withoutParams,
  };
}

export { formatSettingChoice };
