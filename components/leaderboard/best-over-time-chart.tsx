import type { LeaderboardMetric, LeaderboardRow } from "@/lib/data/leaderboards";
import type { TimePoint } from "@/lib/leaderboard/rank";
import { reportedValue } from "@/lib/leaderboard/export";
import { scale, timeTicks, valueTicks } from "@/lib/leaderboard/chart";
import { formatDate, formatMonth, plural } from "@/lib/format";
import { DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

const HEIGHT = 240;
const AXIS = 28;
const PAD_Y = 12;

type Point = TimePoint<LeaderboardRow>;

function reported(point: Point, metricId: string): string {
  const value = point.result.values.find((v) => v.metricId === metricId);
  return value ? reportedValue(value) : String(point.value);
}

/**
 * The best value over time, drawn on the server: every result as a point, the running best as a
 * step line. x positions are percentages, so the plot stretches to its card while text keeps its size.
 */
export function BestOverTimeChart({
  metric,
  points,
  records,
  resultCount = points.length,
}: {
  metric: LeaderboardMetric;
  points: Point[];
  records: Point[];
  /** Results plotted, when `points` is a sample of them. */
  resultCount?: number;
}) {
  const times = points.map((p) => Date.parse(p.date));
  const values = points.map((p) => p.value);
  const x = timeTicks(Math.min(...times), Math.max(...times));
  const y = valueTicks(Math.min(...values), Math.max(...values));
  const px = (time: number) => `${(scale(time, x.domain) * 100).toFixed(2)}%`;
  const py = (value: number) => PAD_Y + (1 - scale(value, y.domain)) * (HEIGHT - 2 * PAD_Y);
  const best = records.at(-1)!;
  const lastTime = Math.max(...times);
  const direction = DIRECTION_TEXT[metric.direction];
  const label =
    `Best ${metric.name} over time, ${direction}: ${plural(resultCount, "result")} from ${formatMonth(points[0].date)} to ${formatMonth(best.date)}; ` +
    `records ${records.map((r) => `${reported(r, metric.id)} (${r.result.modelName}, ${formatMonth(r.date)})`).join(", ")}.`;

  return (
    <div className="flex text-[11px] text-slate-500">
      <svg width="44" height={HEIGHT + AXIS} aria-hidden className="shrink-0 overflow-visible">
        {y.ticks.map((tick) => (
          <text key={tick.value} x="38" y={py(tick.value)} dy="0.32em" textAnchor="end" fill="currentColor">
            {tick.label}
          </text>
        ))}
      </svg>
      <svg role="img" aria-label={label} width="100%" height={HEIGHT + AXIS} className="min-w-0 flex-1 overflow-visible" data-testid="best-over-time">
        {y.ticks.map((tick) => (
          <line key={tick.value} x1="0" x2="100%" y1={py(tick.value)} y2={py(tick.value)} className="stroke-slate-100" />
        ))}
        <line x1="0" x2="100%" y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300" />
        {x.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={px(tick.value)} x2={px(tick.value)} y1={HEIGHT} y2={HEIGHT + 5} className="stroke-slate-300" />
            <text x={px(tick.value)} y={HEIGHT + 18} textAnchor="middle" fill="currentColor">
              {tick.label}
            </text>
          </g>
        ))}
        {records.map((record, i) => {
          const next = records[i + 1];
          const end = next ? Date.parse(next.date) : lastTime;
          return (
            <g key={record.result.id} className="stroke-brand-600" strokeWidth="2" strokeLinecap="round">
              <line x1={px(Date.parse(record.date))} x2={px(end)} y1={py(record.value)} y2={py(record.value)} />
              {next && <line x1={px(end)} x2={px(end)} y1={py(record.value)} y2={py(next.value)} />}
            </g>
          );
        })}
        {[false, true].map((isRecord) => (
          <g key={String(isRecord)} className={isRecord ? "fill-brand-600 stroke-white" : "fill-white stroke-slate-400"} strokeWidth="1.5">
            {points
              .filter((point) => point.isRecord === isRecord)
              .map((point) => (
                <circle key={point.result.id} cx={px(Date.parse(point.date))} cy={py(point.value).toFixed(1)} r={isRecord ? 5 : 4}>
                  <title>{`${point.result.modelName}: ${reported(point, metric.id)} (${formatDate(point.date)})${isRecord ? ", best at the time" : ""}`}</title>
                </circle>
              ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
