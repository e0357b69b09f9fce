import { Placements } from "@/app/(moderation)/moderation/[id]/_components/placements";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";
import type { MetricPlacements } from "@/lib/data/submission-preview";

/** "Check": each row's rank and distance to the best, by every ranked metric, as the moderator's preview shows them. */
export function CheckPlacements({ placements }: { placements: MetricPlacements[] }) {
  if (placements.length === 0) return null;
  return (
    <section aria-labelledby="check-placements-title" className="space-y-2" data-testid="check-placements">
      <h3 id="check-placements-title" className="text-sm font-semibold text-slate-900">
        Where it would stand on the leaderboard
      </h3>
      {placements.map(({ metric, rows }) => (
        <div key={metric.id} className="space-y-1">
          <p className="text-xs text-slate-600">
            By {metric.name}, {DIRECTION_TEXT[metric.direction]}
          </p>
          <Placements placements={rows} metric={metric} />
        </div>
      ))}
      <p className="text-xs text-slate-600">The moderator sees the same ranks beside the leaderboard before deciding.</p>
    </section>
  );
}
