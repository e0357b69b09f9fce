import { cachedResponse } from "@/lib/http/cached-response";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/atom";
import { siteFeed } from "@/lib/feeds/feeds";

// Read through tagged caches; the ETag lets readers revalidate for nothing.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return cachedResponse(request, await siteFeed(), ATOM_CONTENT_TYPE);
}
