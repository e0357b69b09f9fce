import { Fragment } from "react";
import Link from "next/link";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/leaderboards";
import type { ResolvedView } from "@/lib/leaderboard/view";
import { switchView } from "@/lib/leaderboard/view";
import { formatDate, isoDay } from "@/lib/format";
import { MetricHeading } from "./metric-heading";
import { ReportedValue } from "./reported-value";
import { Provenance } from "./provenance";
import { TrustBadge } from "@/components/trust/trust-badge";

const TH = "px-3 py-2.5 text-left align-bottom font-semibold text-slate-600";
const TH_CAPS = `${TH} text-xs uppercase tracking-wide`;
// Cell padding is set once on the table: a leaderboard can have thousands of cells.
const CELLS = "[&_td]:px-3 [&_td]:py-3 [&_td]:align-top";
const NONE = <span className="text-slate-300">—</span>;

function RankCell({ rank, why = "Not ranked: no readable value" }: { rank: number | null; why?: string }) {
  if (rank === null) {
    return (
      <span className="text-slate-300" title={why}>
        —
      </span>
    );
  }
  const tone = rank === 1 ? "bg-brand-600 text-white" : rank <= 3 ? "bg-brand-50 text-brand-700" : "text-slate-600";
  return <span className={`inline-grid h-7 min-w-7 place-items-center rounded-full px-1.5 text-sm font-semibold ${tone}`}>{rank}</span>;
}

function ModelCell({ result, note, mark }: { result: LeaderboardRow; note?: string; mark?: React.ReactNode }) {
  return (
    <div className="w-36 min-w-0 sm:w-auto sm:min-w-48 sm:max-w-80">
      <div className="font-medium text-slate-900" data-testid="model-name">
        {/* A row the moderation preview marks is not published yet: it has no page of its own. */}
        {note ? (
          result.modelName
        ) : (
          <Link href={`/result/${result.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {result.modelName}
          </Link>
        )}
        {note && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-amber-900">{note}</span>}
      </div>
      {result.paper && (
        <Link href={`/paper/${result.paper.slug}`} className="mt-0.5 line-clamp-2 text-xs leading-snug [overflow-wrap:anywhere]">
          {result.paper.title}
        </Link>
      )}
      {result.evidence && <div className="mt-0.5 text-xs text-slate-500">{result.evidence}</div>}
      {mark}
      {result.trust && (
        <div className="mt-1">
          <TrustBadge trust={result.trust} />
        </div>
      )}
    </div>
  );
}

function ExtraDataCell({ result }: { result: LeaderboardRow }) {
  if (!result.usesExtraData) return NONE;
  return (
    <span
      className="line-clamp-2 w-max max-w-44 min-w-0 rounded-md bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-200"
      title={`Trained with extra data: ${result.extraData || "not specified"}`}
      data-testid="extra-data"
    >
      {result.extraData || "Yes"}
    </span>
  );
}

/**
 * The leaderboard as ranked: one row per result, every metric a column, the ranking one highlighted.
 * The moderation preview marks rows (`highlighted`: row id → note) and switches metrics on its own page.
 */
export function LeaderboardTable({
  board,
  view,
  highlighted,
  metricHref,
  rowMarks,
  unranked,
  emptyText = "Every result on this benchmark uses extra training data.",
}: {
  board: Leaderboard;
  view: ResolvedView<Leaderboard>;
  highlighted?: ReadonlyMap<string, string>;
  metricHref?: (metricId: string) => string;
  /** Under a model's name: how its settings differ from the comparable group (components/leaderboard/setting-marks.tsx). */
  rowMarks?: (result: LeaderboardRow) => React.ReactNode;
  /** Rows shown after the ranked ones, not ranked with them (other settings than the comparable group), under a heading row. */
  unranked?: { ids: ReadonlySet<string>; heading: string };
  emptyText?: string;
}) {
  const firstUnranked = unranked && view.rows.find((row) => unranked.ids.has(row.result.id))?.result.id;
  // The ranking metric's column comes right after the model: on a phone both fit without scrolling.
  const metrics = [...board.metrics].sort((a, b) => Number(b.id === view.metric?.id) - Number(a.id === view.metric?.id));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className={`min-w-full divide-y divide-slate-200 text-sm ${CELLS}`} data-testid="leaderboard">
        <caption className="sr-only">
          {board.task.name} on {board.dataset.name}, ranked by {view.metric?.name ?? "date"}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={`${TH_CAPS} w-10 px-2! sm:w-12 sm:px-3!`}>
              Rank
            </th>
            <th scope="col" className={TH_CAPS}>
              Model
            </th>
            {metrics.map((metric) => {
              const isRanking = metric.id === view.metric?.id;
              return (
                <th
                  key={metric.id}
                  scope="col"
                  aria-sort={isRanking ? (metric.direction === "LOWER_IS_BETTER" ? "ascending" : "descending") : undefined}
                  className={`${TH} text-[13px] sm:whitespace-nowrap ${isRanking ? "bg-brand-50 text-brand-900" : ""}`}
                >
                  <MetricHeading
                    metric={metric}
                    isRanking={isRanking}
                    href={metric.direction === "NOT_RANKED" ? null : (metricHref?.(metric.id) ?? switchView(board.slug, view, { metricId: metric.id }))}
                  />
                </th>
              );
            })}
            <th scope="col" className={TH_CAPS}>
              Extra training data
            </th>
            <th scope="col" className={TH_CAPS}>
              Code
            </th>
            <th scope="col" className={TH_CAPS}>
              Date
            </th>
            <th scope="col" className={TH_CAPS}>
              Source
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.rows.length === 0 && (
            <tr>
              <td colSpan={board.metrics.length + 6} className="py-8! text-center text-slate-500">
                {emptyText}
              </td>
            </tr>
          )}
          {view.rows.map(({ result, rank }) => (
            <Fragment key={result.id}>
              {result.id === firstUnranked && (
                <tr data-testid="unranked-heading">
                  <th
                    scope="rowgroup"
                    colSpan={board.metrics.length + 6}
                    className="bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500"
                  >
                    {unranked!.heading}
                  </th>
                </tr>
              )}
              <tr
                className={highlighted?.has(result.id) ? "bg-amber-50 shadow-[inset_3px_0_0_var(--color-amber-400)]" : "hover:bg-slate-50/70"}
                data-testid="leaderboard-row"
                data-highlighted={highlighted?.has(result.id) || undefined}
              >
                <td className="px-2! text-center sm:px-3!">
                  <RankCell rank={rank} why={unranked?.ids.has(result.id) ? "Not ranked: its settings differ from the comparable group" : undefined} />
                </td>
                <td>
                  <ModelCell result={result} note={highlighted?.get(result.id)} mark={rowMarks?.(result)} />
                </td>
                {metrics.map((metric) => (
                  <td key={metric.id} className={metric.id === view.metric?.id ? "tabular whitespace-nowrap bg-brand-50/50" : "tabular whitespace-nowrap"}>
                    <ReportedValue value={result.values.find((v) => v.metricId === metric.id)} strong={metric.id === view.metric?.id} />
                  </td>
                ))}
                <td className="min-w-40">
                  <ExtraDataCell result={result} />
                </td>
                <td className="whitespace-nowrap">
                  {result.codeUrl ? (
                    <a href={result.codeUrl} rel="noopener nofollow" className="font-medium">
                      Code<span aria-hidden> ↗</span>
                    </a>
                  ) : (
                    NONE
                  )}
                </td>
                <td className="tabular whitespace-nowrap text-slate-600">
                  {result.evaluatedAt ? <time dateTime={isoDay(result.evaluatedAt)}>{formatDate(result.evaluatedAt)}</time> : "—"}
                </td>
                <td>
                  <Provenance result={result} />
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
