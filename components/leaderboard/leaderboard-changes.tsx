import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Timeline, TimelineItem } from "@/components/ui/timeline";
import type { getLeaderboardChanges } from "@/lib/data/leaderboard-changes";
import { formatDate, plural } from "@/lib/format";

type Changes = Awaited<ReturnType<typeof getLeaderboardChanges>>;

/** How the leaderboard's ranking rules changed: each change of a metric's direction, unit or order, by whom and when. */
export function LeaderboardChanges({ changes, total }: Changes) {
  if (total === 0) return null;
  return (
    <Card title="Changes to this leaderboard" aside={total > changes.length ? <Link href="/log">all {plural(total, "change")} in the log</Link> : undefined}>
      <Timeline testId="leaderboard-changes">
        {changes.map((change) => (
          <TimelineItem
            key={change.id}
            testId="leaderboard-change"
            title={`The ${change.what} changed`}
            meta={
              <>
                by {change.moderator} · <time dateTime={change.at}>{formatDate(change.at)}</time>
              </>
            }
          >
            <p className="mt-0.5 text-sm text-slate-700 [overflow-wrap:anywhere]">
              {change.before} → <strong className="font-medium text-slate-900">{change.after}</strong>
            </p>
          </TimelineItem>
        ))}
      </Timeline>
    </Card>
  );
}
