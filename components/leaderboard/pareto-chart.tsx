import type { LeaderboardMetric, LeaderboardRow } from "@/lib/data/leaderboards";
import type { ParetoData } from "@/lib/axes/pareto-chart";
import { scoreTicks, sizeTicks } from "@/lib/axes/pareto-chart";
import { formatAmount } from "@/lib/axes/axes";
import { scale } from "@/lib/leaderboard/chart";

const HEIGHT = 240;
const AXIS = 28;
const PAD_Y = 12;

/** Score against parameters (log scale), drawn on the server like the chart over time; the frontier as a step line. */
export function ParetoChart({ metric, data }: { metric: LeaderboardMetric; data: ParetoData<LeaderboardRow> }) {
  const sizes = data.points.map((point) => point.size);
  const x = sizeTicks(Math.min(...sizes), Math.max(...sizes));
  const y = scoreTicks(data.points.map((point) => point.score));
  const px = (size: number) => `${(scale(Math.log10(size), x.domain) * 100).toFixed(2)}%`;
  const pxTick = (power: number) => `${(scale(power, x.domain) * 100).toFixed(2)}%`;
  const py = (value: number) => PAD_Y + (1 - scale(value, y.domain)) * (HEIGHT - 2 * PAD_Y);
  const label =
    `${metric.name} against parameters, ${data.points.length} results; on the frontier (no smaller result scores as well): ` +
    data.frontier.map((point) => `${point.item.modelName} (${formatAmount(point.size)}, ${point.score})`).join(", ") +
    ".";
  return (
    <div className="flex text-[11px] text-slate-500">
      <svg width="44" height={HEIGHT + AXIS} aria-hidden className="shrink-0 overflow-visible">
        {y.ticks.map((tick) => (
          <text key={tick.value} x="38" y={py(tick.value)} dy="0.32em" textAnchor="end" fill="currentColor">
            {tick.label}
          </text>
        ))}
      </svg>
      <svg role="img" aria-label={label} width="100%" height={HEIGHT + AXIS} className="min-w-0 flex-1 overflow-visible" data-testid="pareto-chart">
        {y.ticks.map((tick) => (
          <line key={tick.value} x1="0" x2="100%" y1={py(tick.value)} y2={py(tick.value)} className="stroke-slate-100" />
        ))}
        <line x1="0" x2="100%" y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300" />
        {x.ticks.map((tick) => (
          <text key={tick.value} x={pxTick(tick.value)} y={HEIGHT + 18} textAnchor="middle" fill="currentColor">
            {tick.label}
          </text>
        ))}
        {data.frontier.slice(1).map((point, i) => {
          const previous = data.frontier[i];
          return (
            <g key={point.item.id} className="stroke-brand-600" strokeWidth="2" strokeLinecap="round">
              <line x1={px(previous.size)} x2={px(point.size)} y1={py(previous.score)} y2={py(previous.score)} />
              <line x1={px(point.size)} x2={px(point.size)} y1={py(previous.score)} y2={py(point.score)} />
            </g>
          );
        })}
        {data.points.map((point) => (
          <circle
            key={point.item.id}
            cx={px(point.size)}
            cy={py(point.score).toFixed(1)}
            r={point.isFrontier ? 5 : 4}
            className={point.isFrontier ? "fill-brand-600 stroke-white" : "fill-white stroke-slate-400"}
            strokeWidth="1.5"
            data-frontier={point.isFrontier || undefined}
          >
            <title>{`${point.item.modelName}: ${point.score} with ${formatAmount(point.size)} parameters${point.isFrontier ? ", on the frontier" : ""}`}</title>
          </circle>
        ))}
      </svg>
    </div>
  );
}
