import "server-only";
import { configuredSiteUrl } from "@/lib/site-url";
import { getLeaderboard } from "@/lib/data/leaderboards";
import type { ExportFormat } from "./view";
import { exportFilename, parseViewSegments, resolveView } from "./view";
import { leaderboardCsv, leaderboardJson } from "./export";
import { leaderboardModelIndex, YAML_CONTENT_TYPE } from "@/lib/model-index/export-response";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  yaml: YAML_CONTENT_TYPE,
};

/** The body of /sota/B/export.(csv|json|yaml)[/VIEW]: the rows in the order of the page at /sota/B[/VIEW]. */
export async function exportLeaderboard(params: Promise<{ benchmark: string; view?: string[] }>, format: ExportFormat): Promise<Response> {
  const { benchmark, view } = await params;
  const parsed = parseViewSegments(view);
  const board = parsed && (await getLeaderboard(benchmark));
  const resolved = board && resolveView(board, parsed);
  if (!board || !resolved) return new Response("No such leaderboard.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  // A cached file, served to everyone: SITE_URL or this server's own address, never a client's Host.
  const siteUrl = configuredSiteUrl();
  const body =
    format === "csv"
      ? leaderboardCsv(board, resolved, siteUrl)
      : format === "yaml"
        ? await leaderboardModelIndex(board, resolved)
        : JSON.stringify(leaderboardJson(board, resolved, siteUrl), null, 2);
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${exportFilename(board.slug, format, resolved)}"`,
    },
  });
}
