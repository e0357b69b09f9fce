import Link from "next/link";
import { formatDate } from "@/lib/format";

/** Above a board rebuilt from its history: which day it shows, and the way back to today's. */
export function AsOfBanner({ day, href, children }: { day: string; href: string; children?: React.ReactNode }) {
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950"
      data-testid="as-of-banner"
    >
      <p>
        <strong className="font-semibold">As of {formatDate(day)}</strong> ({day}): the board as it stood at the end of that day, rebuilt from its history.{" "}
        <Link href={href} className="font-medium text-amber-950 underline">
          See today’s board
        </Link>
      </p>
      {children}
    </div>
  );
}
