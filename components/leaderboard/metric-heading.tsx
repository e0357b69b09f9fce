import Link from "next/link";
import type { MetricDirection } from "@/lib/generated/prisma/enums";
import { DIRECTION_ARROWS, DIRECTION_TEXT } from "@/lib/metrics/direction-labels";

/** A metric's column heading: its name, ↑ or ↓ for its direction, a link to rank by it. */
export function MetricHeading({
  metric,
  href,
  isRanking,
}: {
  metric: { name: string; direction: MetricDirection; unit: string; description: string };
  href: string | null;
  isRanking: boolean;
}) {
  const [arrow, text] = [DIRECTION_ARROWS[metric.direction], DIRECTION_TEXT[metric.direction]];
  const name = (
    <>
      {metric.name}
      {metric.unit && metric.unit !== "%" && <span className="font-normal text-slate-500"> ({metric.unit})</span>}
      {arrow && (
        <span aria-hidden className="ml-1 text-base leading-none">
          {arrow}
        </span>
      )}
    </>
  );
  return (
    <span className="inline-flex flex-col" title={[metric.description, text].filter(Boolean).join(" — ")}>
      {href && !isRanking ? (
        <Link href={href} className="text-slate-700 hover:text-brand-700 hover:underline">
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
      <span className={metric.direction === "NOT_RANKED" ? "text-[11px] font-normal text-slate-500" : "sr-only"}>{text}</span>
      {isRanking && <span className="text-[11px] font-medium text-brand-700">ranking</span>}
    </span>
  );
}
