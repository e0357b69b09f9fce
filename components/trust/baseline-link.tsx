import Link from "next/link";
import { reporterOf } from "@/lib/contests/reporter";

/** "Reported by X, original: Y": a baseline from another paper's table, linked to the original paper's row. */
export function BaselineLink({ row }: { row: { paper: { title: string } | null; codeUrl: string | null; baselineOf?: { id: string; title: string } | null } }) {
  if (!row.baselineOf) return null;
  return (
    <p className="mt-0.5 text-xs text-slate-500 [overflow-wrap:anywhere]" data-testid="baseline-link">
      Reported by {reporterOf(row.paper?.title, row.codeUrl)}, original:{" "}
      <Link href={`/result/${row.baselineOf.id}`} className="underline">
        {row.baselineOf.title}
      </Link>
    </p>
  );
}
