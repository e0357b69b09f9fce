import Link from "next/link";
import type { Leaderboard } from "@/lib/data/leaderboards";
import { LEADERBOARD_PAGE_SIZE, resolveView, type LeaderboardView } from "@/lib/leaderboard/view";
import { groupBySetting } from "@/lib/settings/grouping";
import type { Setting } from "@/lib/settings/kinds";
import { plural } from "@/lib/format";
import { LeaderboardTable } from "./leaderboard-table";

/** The board split by one setting: a table per value (unknown too), each ranked within its group. */
export function SettingGroups({
  board,
  setting,
  view,
  linkTo,
  metricHref,
}: {
  board: Leaderboard;
  setting: Setting;
  view: LeaderboardView;
  /** The view's path with another setting choice, keeping the other filters and trust. */
  linkTo: (setting: string | null) => string;
  metricHref: (metricId: string) => string;
}) {
  return (
    <div className="space-y-6" data-testid="setting-groups">
      {groupBySetting(
        board.results.map((result) => ({ ...result, settings: result.settings ?? {} })),
        setting,
      ).map((group) => {
        const resolved = resolveView({ ...board, results: group.rows }, view)!;
        const onlyThis = linkTo(`${setting.key}:${group.value}`);
        return (
          <section key={group.value} aria-label={`${setting.label}: ${group.value}`} className="space-y-2" data-testid="setting-group">
            <h2 className="text-base">
              {setting.label}: <span className="font-semibold">{group.value}</span>{" "}
              <span className="text-sm font-normal text-slate-500">({plural(group.rows.length, "result")}, ranked among themselves)</span>
            </h2>
            <LeaderboardTable
              board={board}
              view={{ ...resolved, rows: resolved.rows.slice(0, LEADERBOARD_PAGE_SIZE) }}
              metricHref={metricHref}
              emptyText="No result in this group."
            />
            {group.rows.length > LEADERBOARD_PAGE_SIZE && (
              <Link href={onlyThis} className="text-sm font-medium">
                All {group.rows.length} results with {setting.label.toLowerCase()}: {group.value}
              </Link>
            )}
          </section>
        );
      })}
    </div>
  );
}
