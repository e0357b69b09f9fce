import Link from "next/link";
import type { LeaderboardRow } from "@/lib/data/leaderboards";
import { ALL_TOGETHER, filterSuffix, type AppliedFilters, type BoardFilters } from "@/lib/settings/board-filters";
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

/** The default on a board with settings: which group is ranked, how many rows follow, and the way to all together. */
export function ComparableNote({ comparison, filters, slug }: { comparison: AppliedFilters<LeaderboardRow>; filters: BoardFilters; slug: string }) {
  if (comparison.mode !== "comparable" || comparison.others.length === 0) return null;
  const group = comparison.settings.map((setting) => `${setting.label}: ${comparison.group[setting.key]}`).join(" · ");
  return (
    <p className="text-sm text-slate-600" data-testid="comparable-note">
      Ranked within the comparable group (<strong>{group}</strong>): {plural(comparison.results.length, "result")}. {plural(comparison.others.length, "result")}{" "}
      with other settings follow, marked and not ranked with them.{" "}
      <Link href={`/sota/${slug}${filterSuffix({ ...filters, setting: ALL_TOGETHER })}`} className="font-medium">
        Rank all together
      </Link>
    </p>
  );
}

/** The marks under each model's name: its settings that differ from the board's comparable group. */
export function marksFor(comparison: AppliedFilters<LeaderboardRow>) {
  const { settings, group } = comparison;
  if (settings.length === 0) return undefined;
  return function RowMarks(result: LeaderboardRow) {
    return <SettingMarks result={result} settings={settings} group={group} />;
  };
}
