import Link from "next/link";
import { ReportedValue } from "@/components/leaderboard/reported-value";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { LatestResult } from "@/lib/data/home";
import { formatDate, isoDay } from "@/lib/format";

/** The most recently approved results: model, benchmark, value and when. */
export function HomeLatestResults({ results }: { results: LatestResult[] }) {
  return (
    <Card title="Latest results">
      {results.length === 0 ? (
        <EmptyState>No results yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {results.map((result) => (
            <li key={result.id} className="flex items-start justify-between gap-4 py-3 first:pt-0 last:pb-0">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{result.modelName}</p>
                <Link href={`/sota/${result.benchmark.slug}`} className="text-sm">
                  {result.benchmark.taskName} on {result.benchmark.datasetName}
                </Link>
                {result.approvedAt && (
                  <p className="text-xs text-slate-500">
                    Approved <time dateTime={isoDay(result.approvedAt)}>{formatDate(result.approvedAt)}</time>
                  </p>
                )}
              </div>
              {result.value && (
                <div className="shrink-0 text-right">
                  <ReportedValue value={result.value} unit={result.value.unit} strong />
                  <p className="max-w-[9rem] truncate text-xs text-slate-500">{result.value.metricName}</p>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
