import { createHash } from "node:crypto";

// Feeds and badges are fetched again and again by readers and README renderers: a short public cache,
// then a cheap revalidation by ETag (304 with no body when nothing changed).
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 27)}"`;
}

/** `body` with its content type, Cache-Control and ETag; 304 when the request already holds this ETag. */
export function cachedResponse(request: Request, body: string, contentType: string): Response {
  const etag = etagOf(body);
  const headers = { "content-type": contentType, "cache-control": CACHE_CONTROL, etag };
  const held = (request.headers.get("if-none-match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (held.includes(etag) || held.includes("*")) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

export function notFoundResponse(what: string): Response {
  return new Response(`No such ${what}.\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
