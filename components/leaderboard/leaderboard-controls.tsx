import Link from "next/link";
import type { Leaderboard } from "@/lib/data/leaderboards";
import type { ResolvedView } from "@/lib/leaderboard/view";
import { exportPath, switchView } from "@/lib/leaderboard/view";
import { rankableMetrics } from "@/lib/leaderboard/rank";
import { ButtonLink } from "@/components/ui/button-link";

type Option = { key: string; href: string; label: string; isCurrent: boolean };

/** A row of links of which one is current: works without JavaScript and keeps every view a cached page. */
export function Segmented({ label, options }: { label: string; options: Option[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</span>
      <ul className="inline-flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1">
        {options.map((option) => (
          <li key={option.key}>
            <Link
              href={option.href}
              aria-current={option.isCurrent ? "page" : undefined}
              className={`block rounded-md px-2.5 py-1 text-sm font-medium ${
                option.isCurrent ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900"
              }`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The metric switcher, the extra-training-data filter and the downloads of the view shown. */
export function LeaderboardControls({
  board,
  view,
  linkTo = (path) => path,
}: {
  board: Leaderboard;
  view: ResolvedView<Leaderboard>;
  /** Puts the board's active filters back into a view's path (lib/settings/board-filters.ts, boardLinker). */
  linkTo?: (path: string) => string;
}) {
  const metrics = rankableMetrics(board.metrics);
  const exportView = { metricSlug: view.metricSlug, withoutExtraData: view.withoutExtraData };
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6">
        {metrics.length > 1 && (
          <Segmented
            label="Rank by"
            options={metrics.map((metric) => ({
              key: metric.id,
              href: linkTo(switchView(board.slug, view, { metricId: metric.id })),
              label: metric.name,
              isCurrent: metric.id === view.metric?.id,
            }))}
          />
        )}
        {(view.extraDataCount > 0 || view.withoutExtraData) && (
          <Segmented
            label="Extra training data"
            options={[
              { key: "all", href: linkTo(switchView(board.slug, view, { withoutExtraData: false })), label: "Include", isCurrent: !view.withoutExtraData },
              { key: "without", href: linkTo(switchView(board.slug, view, { withoutExtraData: true })), label: "Hide", isCurrent: view.withoutExtraData },
            ]}
          />
        )}
      </div>
      <div className="flex items-center gap-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">Export</span>
        <ButtonLink href={exportPath(board.slug, "csv", exportView)} download>
          CSV
        </ButtonLink>
        <ButtonLink href={exportPath(board.slug, "json", exportView)} download>
          JSON
        </ButtonLink>
        <ButtonLink href={exportPath(board.slug, "yaml", exportView)} download>
          YAML<span className="sr-only"> (Hugging Face model-index)</span>
        </ButtonLink>
      </div>
    </div>
  );
}
