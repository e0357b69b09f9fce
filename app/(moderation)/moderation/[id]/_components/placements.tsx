import type { LeaderboardMetric } from "@/lib/data/leaderboards";
import { reportedValue } from "@/lib/leaderboard/export";
import { APPROVED_NOTE, REPORTED_NOTE, type RowPlacement } from "@/lib/submissions/preview";

const readable = (n: number) => String(Number(n.toPrecision(6)));

function distanceText({ placement, note }: RowPlacement): string {
  const { best, distanceToBest, relativeDistance, isNewBest } = placement;
  if (note === REPORTED_NOTE) return "as published now; approving the report takes it off the leaderboard";
  if (note === APPROVED_NOTE) return "as published";
  if (best === null || distanceToBest === null) return "the first ranked result on this metric";
  const percent = relativeDistance === null ? "" : ` (${Number((Math.abs(relativeDistance) * 100).toPrecision(2))} %)`;
  if (distanceToBest === 0) return `ties the current best (${readable(best)})`;
  if (isNewBest) return `new best: ${readable(distanceToBest)}${percent} better than the current best (${readable(best)})`;
  return `${readable(-distanceToBest)}${percent} behind the current best (${readable(best)})`;
}

/** Each marked row's rank among the published ones, and how far it is from their best, in the metric's direction. */
export function Placements({ placements, metric }: { placements: RowPlacement[]; metric: LeaderboardMetric | undefined }) {
  if (!metric) return <p className="text-sm text-slate-600">This benchmark has no metric that ranks: nothing to place.</p>;
  return (
    <ul className="space-y-1.5 text-sm" data-testid="placements">
      {placements.map((row) => (
        <li key={row.id} className="rounded-md bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-200 ring-inset" data-testid="placement">
          <strong className="font-semibold">{row.modelName}</strong>
          {row.value ? ` · ${metric.name} ${reportedValue(row.value)}` : ""}:{" "}
          {row.placement.rank === null ? (
            <span>not ranked (no readable {metric.name} value)</span>
          ) : (
            <span>
              <strong className="font-semibold" data-testid="preview-rank">
                rank {row.placement.rank}
              </strong>{" "}
              of {row.placement.rankedCount}, {distanceText(row)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
