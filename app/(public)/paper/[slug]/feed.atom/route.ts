import { cachedResponse, notFoundResponse } from "@/lib/http/cached-response";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/atom";
import { paperFeed } from "@/lib/feeds/feeds";

// Read through tagged caches; the ETag lets readers revalidate for nothing.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await paperFeed((await params).slug);
  return feed === null ? notFoundResponse("paper") : cachedResponse(request, feed, ATOM_CONTENT_TYPE);
}
