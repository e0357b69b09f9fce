import Link from "next/link";
import type { SnapshotContent } from "@/lib/citations/canonical";

const TH = "px-3 py-2 text-left font-semibold text-slate-600";

/** A frozen board as its snapshot stores it: rank, model, paper and the reported values. */
export function SnapshotTable({ content }: { content: SnapshotContent }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top">
        <thead className="bg-slate-50">
          <tr>
            <th className={TH}>Rank</th>
            <th className={TH}>Model</th>
            {content.metrics.map((metric) => (
              <th key={metric.name} className={TH}>
                {metric.name}
              </th>
            ))}
            <th className={TH}>Paper</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {content.rows.map((row, index) => (
            <tr key={index} data-testid="snapshot-row">
              <td>{row.rank ?? "—"}</td>
              <td className="font-medium text-slate-900">{row.model}</td>
              {content.metrics.map((metric) => (
                <td key={metric.name} className="tabular-nums">
                  {row.values[metric.name] ?? "—"}
                </td>
              ))}
              <td className="min-w-48">{row.paper ? <Link href={`/paper/${row.paper.slug}`}>{row.paper.title}</Link> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
