import { resultBadge } from "@/lib/badges/badges";
import { cachedResponse, notFoundResponse } from "@/lib/http/cached-response";

// Drawn from the board's cache on each request; a new rank means a new ETag.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const svg = await resultBadge((await params).id);
  return svg === null ? notFoundResponse("result") : cachedResponse(request, svg, "image/svg+xml; charset=utf-8");
}
