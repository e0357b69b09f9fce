// Cross-origin reads: any site may read the API from a browser, without cookies (the origin is "*", so
// browsers never send credentials); a token, when needed, goes in the Authorization header.
// Writes get no CORS headers and their preflight allows only GET: a page elsewhere cannot make a
// visitor's browser write (with its session or a token it holds); scripts, which CORS does not bind,
// write with a token, and the site itself writes from its own origin.

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-RateLimit-Retry",
};

const PREFLIGHT_MAX_AGE_SECONDS = 24 * 60 * 60;

/** The OPTIONS handler of a route: the answer to a browser's preflight for `methods`. */
export function preflight(...methods: string[]) {
  const allowed = [...new Set([...methods, "OPTIONS"])].join(", ");
  return function OPTIONS(): Response {
    return new Response(null, {
      status: 204,
      headers: {
        ...CORS_HEADERS,
        Allow: allowed,
        "Access-Control-Allow-Methods": allowed,
        "Access-Control-Allow-Headers": "Authorization, Content-Type",
        "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
      },
    });
  };
}
