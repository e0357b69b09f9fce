import type { Leaderboard, LeaderboardMetric } from "@/lib/data/leaderboards";
import type { ResolvedView } from "@/lib/leaderboard/view";
import { bestOverTime } from "@/lib/leaderboard/rank";
import { reportedValue } from "@/lib/leaderboard/export";
import { thinPoints } from "@/lib/leaderboard/chart";
import { formatMonth, plural } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { BestOverTimeChart } from "./best-over-time-chart";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

function CurrentBest({ view, metric }: { view: ResolvedView<Leaderboard>; metric: LeaderboardMetric }) {
  const top = view.rows[0];
  const value = top?.rank === 1 ? top.result.values.find((v) => v.metricId === metric.id) : undefined;
  if (!top || !value) return <p className="text-sm text-slate-500">No readable {metric.name} yet.</p>;
  return (
    <p className="text-sm text-slate-600">
      Best: <strong className="tabular text-base font-semibold text-slate-900">{reportedValue(value)}</strong> by{" "}
      <span className="font-medium text-slate-900">{top.result.modelName}</span>
      {top.result.evaluatedAt && <> ({formatMonth(top.result.evaluatedAt)})</>}
    </p>
  );
}

function Legend({ undated }: { undated: number }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-500">
      <li className="flex items-center gap-1.5">
        <span className="h-2.5 w-2.5 rounded-full bg-brand-600" /> Best at the time
      </li>
      <li className="flex items-center gap-1.5">
        <span className="h-2.5 w-2.5 rounded-full border-[1.5px] border-slate-400 bg-white" /> Other result
      </li>
      <li className="flex items-center gap-1.5">
        <span className="h-0.5 w-4 bg-brand-600" /> Best so far
      </li>
      {undated > 0 && <li className="sm:ml-auto">{plural(undated, "result")} without a date not plotted</li>}
    </ul>
  );
}

// Points drawn besides the records: enough to show the spread, few enough for a light page.
const PLOTTED_POINTS = 150;

/** The running best of the ranking metric over time, with every result as a point (a sample of them on the largest). */
export function BestOverTimeCard({ board, view }: { board: Leaderboard; view: ResolvedView<Leaderboard> }) {
  const metric = view.metric;
  if (!metric) return null;
  const { points, records } = bestOverTime(board.results, metric, { excludeExtraData: view.withoutExtraData });
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2>
          Best {metric.name} over time <span className="text-sm font-normal text-slate-500">({DIRECTION_TEXT[metric.direction]})</span>
        </h2>
        <CurrentBest view={view} metric={metric} />
      </div>
      {points.length > 0 ? (
        <>
          <BestOverTimeChart metric={metric} points={thinPoints(points, PLOTTED_POINTS)} records={records} resultCount={points.length} />
          <Legend undated={view.rows.filter((row) => row.value !== null && !row.result.evaluatedAt).length} />
        </>
      ) : (
        <p className="rounded-md bg-slate-50 px-4 py-8 text-center text-sm text-slate-500">
          Nothing to plot yet: no result has both a date and a readable {metric.name}.
        </p>
      )}
    </Card>
  );
}
