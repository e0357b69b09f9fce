import Link from "next/link";
import type { MetricDirection } from "@/lib/generated/prisma/enums";

const DIRECTIONS: Record<MetricDirection, { arrow: string; text: string }> = {
  HIGHER_IS_BETTER: { arrow: "↑", text: "higher is better" },
  LOWER_IS_BETTER: { arrow: "↓", text: "lower is better" },
  NOT_RANKED: { arrow: "", text: "not ranked" },
};

export function directionText(direction: MetricDirection): string {
  return DIRECTIONS[direction].text;
}

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
  const { arrow, text } = DIRECTIONS[metric.direction];
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
