import { Card } from "@/components/ui/card";
import { Segmented } from "@/components/leaderboard/leaderboard-controls";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import type { SubmissionReview } from "@/lib/submissions/read/review";
import { rankableMetrics } from "@/lib/leaderboard/rank";
import { resolveView, type ResolvedView } from "@/lib/leaderboard/view";
import type { Leaderboard } from "@/lib/data/leaderboards";
import { APPROVED_NOTE, placeHighlighted, previewEdit, previewNewResults, previewReport, type Preview } from "@/lib/submissions/preview";
import { Placements } from "./placements";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

// Around each marked row, this many rows either side, and the top of the board: enough to judge a rank.
const CONTEXT_ROWS = 3;
const TOP_ROWS = 10;

function previewOf(review: SubmissionReview): Preview | null {
  const { proposal, board } = review;
  // Once approved, its rows are on the board itself: marked there rather than added twice.
  if (board && review.createdResultIds.length > 0) return { board, highlighted: new Map(review.createdResultIds.map((id) => [id, APPROVED_NOTE])) };
  if (proposal.kind === "NEW_RESULTS") return previewNewResults(board, proposal.input, proposal.resolution, review.submitter.name);
  if (proposal.kind === "EDIT_RESULT" && board && proposal.target) return previewEdit(board, proposal.target, proposal.input);
  if (proposal.kind === "REPORT_RESULT" && board && proposal.target) return previewReport(board, proposal.target.id);
  return null;
}

/** The top of the board and the neighbourhood of each marked row; the rest is left out. */
function nearMarkedRows(view: ResolvedView<Leaderboard>, preview: Preview): ResolvedView<Leaderboard> {
  const marked = view.rows.flatMap((row, index) => (preview.highlighted.has(row.result.id) ? [index] : []));
  const rows = view.rows.filter((_, index) => index < TOP_ROWS || marked.some((at) => Math.abs(at - index) <= CONTEXT_ROWS));
  return { ...view, rows };
}

/** The leaderboard as it would look once approved: the submission's rows marked among the published ones. */
export function PreviewCard({ review, metricKey }: { review: SubmissionReview; metricKey: string | null }) {
  const preview = previewOf(review);
  if (!preview) return null;
  const view =
    resolveView(preview.board, { metric: metricKey, withoutExtraData: false }) ?? resolveView(preview.board, { metric: null, withoutExtraData: false })!;
  const metricHref = (metricId: string) => `/moderation/${review.id}?metric=${encodeURIComponent(view.slugs.get(metricId) ?? "")}`;
  const shown = nearMarkedRows(view, preview);
  const metrics = rankableMetrics(preview.board.metrics);
  return (
    <Card title="Leaderboard preview" aside={view.metric ? `ranked by ${view.metric.name}, ${DIRECTION_TEXT[view.metric.direction]}` : "no ranking metric"}>
      <div className="space-y-4" data-testid="preview">
        {metrics.length > 1 && (
          <Segmented
            label="Rank by"
            options={metrics.map((metric) => ({ key: metric.id, href: metricHref(metric.id), label: metric.name, isCurrent: metric.id === view.metric?.id }))}
          />
        )}
        <Placements placements={placeHighlighted(preview, view.metric)} metric={view.metric} />
        <LeaderboardTable board={preview.board} view={shown} highlighted={preview.highlighted} metricHref={metricHref} />
        {shown.rows.length < view.rows.length && (
          <p className="text-xs text-slate-500">
            Showing the top {TOP_ROWS} and the rows around the marked ones: {shown.rows.length} of {view.rows.length}.
          </p>
        )}
      </div>
    </Card>
  );
}
