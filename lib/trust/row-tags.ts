import { tags } from "@/lib/cache/tags";

/** The pages that show a row's trust or contest: its leaderboard and result page (tagged by benchmark) and its paper. */
export function rowTags(...rows: { benchmarkId: string; paperId: string | null }[]): string[] {
  return rows.flatMap((row) => [tags.benchmark(row.benchmarkId), ...(row.paperId ? [tags.paper(row.paperId)] : [])]);
}
