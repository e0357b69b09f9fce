import Link from "next/link";
import type { Leaderboard } from "@/lib/data/leaderboards";
import type { ResolvedView } from "@/lib/leaderboard/view";
import { plural } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { WatchButton } from "@/components/follow/watch-button";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

const TITLE_LINK = "text-slate-900 underline decoration-slate-300 decoration-1 underline-offset-[6px] hover:text-brand-700 hover:decoration-brand-500";

/** "Task on Dataset", what the view shows, and the way to add a result. */
export function LeaderboardHeader({ board, view }: { board: Leaderboard; view: ResolvedView<Leaderboard> }) {
  const { task, dataset } = board;
  const hidden = board.results.length - view.rows.length;
  return (
    <PageHeader
      crumbs={[
        { href: "/sota", label: "SotA" },
        ...(task.area ? [{ href: `/sota#${task.area.slug}`, label: task.area.name }] : []),
        { href: `/task/${task.slug}`, label: task.name },
      ]}
      title={
        <>
          <Link href={`/task/${task.slug}`} className={TITLE_LINK}>
            {task.name}
          </Link>{" "}
          on{" "}
          <Link href={`/dataset/${dataset.slug}`} className={TITLE_LINK}>
            {dataset.name}
          </Link>
        </>
      }
      subtitle={
        <p data-testid="leaderboard-summary">
          {board.results.length === 0 ? "No results yet" : plural(view.rows.length, "result")}
          {view.metric && (
            <>
              {" "}
              · ranked by <strong className="font-semibold text-slate-900">{view.metric.name}</strong>, {DIRECTION_TEXT[view.metric.direction]}
            </>
          )}
          {view.withoutExtraData && <> · {plural(hidden, "result")} with extra training data hidden</>}
        </p>
      }
      actions={
        <>
          <WatchButton kind="BENCHMARK" targetId={board.id} />
          <ButtonLink href={`/submit?benchmark=${encodeURIComponent(board.slug)}`} variant="primary">
            Submit a result
          </ButtonLink>
        </>
      }
    />
  );
}
