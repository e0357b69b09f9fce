import { cachedResponse, notFoundResponse } from "@/lib/http/cached-response";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/atom";
import { benchmarkFeed } from "@/lib/feeds/feeds";

// Read through tagged caches; the ETag lets readers revalidate for nothing.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ benchmark: string }> }) {
  const feed = await benchmarkFeed((await params).benchmark);
  return feed === null ? notFoundResponse("leaderboard") : cachedResponse(request, feed, ATOM_CONTENT_TYPE);
}
