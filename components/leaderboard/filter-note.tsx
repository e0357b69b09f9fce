import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import type { AppliedFilters, BoardFilters } from "@/lib/settings/board-filters";
import { comparableGroup } from "@/lib/settings/grouping";
import type { Setting } from "@/lib/settings/kinds";
import { formatAmount } from "@/lib/axes/axes";
import { plural } from "@/lib/format";
import { SettingMarks } from "./setting-marks";

/** What the filters keep, in words: "Ensemble: no · at most 7B parameters (3 results without a count left out)". */
export function FilterNote({ comparison, filters }: { comparison: AppliedFilters<LeaderboardRow>; filters: BoardFilters }) {
  const chosen = comparison.choice?.value && comparison.settings.find((setting) => setting.key === comparison.choice?.key);
  if (!chosen && filters.maxParams === null) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="filter-note">
      Showing {plural(comparison.results.length, "result")}, ranked among themselves
      {chosen && (
        <>
          {" "}
          with{" "}
          <strong>
            {chosen.label.toLowerCase()}: {comparison.choice!.value}
          </strong>
        </>
      )}
      {filters.maxParams !== null && (
        <>
          {" "}
          with at most <strong>{formatAmount(filters.maxParams)} parameters</strong>
          {comparison.withoutParams > 0 && ` (${plural(comparison.withoutParams, "result")} without a parameter count left out)`}
        </>
      )}
      .
    </p>
  );
}

/** The marks under each model's name: its settings that differ from the board's comparable group. */
export function marksFor(board: Leaderboard, settings: Setting[]) {
  if (settings.length === 0) return undefined;
  const group = comparableGroup(
    board.results.map((result) => ({ settings: result.settings ?? {} })),
    settings,
  );
  return function RowMarks(result: LeaderboardRow) {
    return <SettingMarks result={result} settings={settings} group={group} />;
  };
}
