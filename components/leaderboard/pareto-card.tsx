import type { Leaderboard } from "@/lib/data/leaderboards";
import type { ResolvedView } from "@/lib/leaderboard/view";
import { paretoData } from "@/lib/axes/pareto-chart";
import { formatAmount } from "@/lib/axes/axes";
import { plural } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ParetoChart } from "./pareto-chart";

/** Score against size beside the chart over time, when at least two results give a parameter count. */
export function ParetoCard({ board, view }: { board: Leaderboard; view: ResolvedView<Leaderboard> }) {
  const metric = view.metric;
  const data = paretoData(board.results, metric);
  if (!metric || data.points.length < 2) return null;
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2>
          {metric.name} against size <span className="text-sm font-normal text-slate-500">(Pareto frontier)</span>
        </h2>
        <p className="text-sm text-slate-600">
          {plural(data.frontier.length, "result")} on the frontier, {plural(data.points.length, "result")} with a parameter count
        </p>
      </div>
      <ParetoChart metric={metric} data={data} />
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-500">
        <li className="flex items-center gap-1.5">
          <span className="h-2.5 w-2.5 rounded-full bg-brand-600" /> On the frontier: nothing smaller scores as well
        </li>
        <li className="flex items-center gap-1.5">
          <span className="h-2.5 w-2.5 rounded-full border-[1.5px] border-slate-400 bg-white" /> Other result
        </li>
        <li className="sm:ml-auto">
          Parameters on a log scale, {formatAmount(data.frontier[0].size)} to {formatAmount(data.points.reduce((max, p) => Math.max(max, p.size), 0))}
        </li>
      </ul>
    </Card>
  );
}
