import { paperBadge } from "@/lib/badges/badges";
import { cachedResponse, notFoundResponse } from "@/lib/http/cached-response";

// /paper/P/badge.svg?benchmark=B: the paper's best place on board B; a new rank means a new ETag.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const benchmark = new URL(request.url).searchParams.get("benchmark") ?? "";
  const svg = await paperBadge((await params).slug, benchmark);
  return svg === null ? notFoundResponse("paper or leaderboard") : cachedResponse(request, svg, "image/svg+xml; charset=utf-8");
}
