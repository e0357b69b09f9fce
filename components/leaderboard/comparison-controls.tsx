import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import { ALL_TOGETHER, type AppliedFilters, type BoardFilters } from "@/lib/settings/board-filters";
import { formatSettingChoice, type SettingChoice } from "@/lib/settings/grouping";
import { UNKNOWN } from "@/lib/settings/kinds";
import { formatAmount } from "@/lib/axes/axes";
import { Segmented } from "./leaderboard-controls";

/**
 * How results are compared: the comparable group ranked first (the default), all in one list, split into groups by a setting, or one group alone; and
 * the largest model shown (a GET form: /sota/B?max_params=7e9, rewritten to a cached path).
 */
export function ComparisonControls({
  board,
  comparison,
  filters,
  linkTo,
}: {
  board: Leaderboard;
  comparison: AppliedFilters<LeaderboardRow>;
  filters: BoardFilters;
  /** The view's path with another setting choice, keeping the other filters and trust. */
  linkTo: (setting: string | null) => string;
}) {
  const { settings, choice, mode } = comparison;
  const hrefOf = (setting: SettingChoice | typeof ALL_TOGETHER | null) =>
    linkTo(setting === ALL_TOGETHER ? ALL_TOGETHER : setting && formatSettingChoice(setting));
  const chosen = choice && settings.find((setting) => setting.key === choice.key);
  const hasParams = board.results.some((result) => typeof result.params === "number");
  if (settings.length === 0 && !hasParams) return null;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6" data-testid="comparison-controls">
      {settings.length > 0 && (
        <Segmented
          label="Compare"
          options={[
            { key: "comparable", href: hrefOf(null), label: "Comparable group first", isCurrent: mode === "comparable" },
            { key: ALL_TOGETHER, href: hrefOf(ALL_TOGETHER), label: "All together", isCurrent: mode === "all" },
            ...settings.map((setting) => ({
              key: setting.key,
              href: hrefOf({ key: setting.key, value: null }),
              label: `Split by ${setting.label.toLowerCase()}`,
              isCurrent: choice?.key === setting.key && choice.value === null,
            })),
          ]}
        />
      )}
      {chosen && (
        <Segmented
          label={chosen.label}
          options={[...chosen.values, UNKNOWN].map((value) => ({
            key: value,
            href: hrefOf({ key: chosen.key, value }),
            label: value,
            isCurrent: choice?.value === value,
          }))}
        />
      )}
      {hasParams && (
        <form method="get" action={`/sota/${board.slug}`} className="flex items-center gap-2">
          {filters.setting && <input type="hidden" name="setting" value={filters.setting} />}
          <label htmlFor="max-params" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            Max parameters
          </label>
          <input
            id="max-params"
            name="max_params"
            defaultValue={filters.maxParams === null ? "" : formatAmount(filters.maxParams)}
            placeholder="7B"
            pattern="\s*\d+(\.\d+)?([eE][+\-]?\d+)?\s*[kKmMbBtT]?\s*"
            title="A number such as 7e9, 7B, 250M or 250k"
            className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded-md bg-slate-100 px-2.5 py-1 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-200">
            Apply
          </button>
        </form>
      )}
    </div>
  );
}
