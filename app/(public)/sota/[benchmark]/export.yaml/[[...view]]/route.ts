import { exportLeaderboard } from "@/lib/leaderboard/export-response";

// Cached like a page; an approval on the benchmark expires it through the leaderboard's tags.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export function GET(_request: Request, { params }: { params: Promise<{ benchmark: string; view?: string[] }> }) {
  return exportLeaderboard(params, "yaml");
}
