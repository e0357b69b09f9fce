// The production server: Next.js, with a front for cached pages. A plain GET of a page whose rendered
// HTML is in the cache (lib/cache/cache-handler.js) and still fresh (none of its tags expired since it
// was rendered: the check Next.js makes) is written from memory, encoded once, as a static file would
// be; everything else goes to Next.js. `node server.js [--port N] [--hostname H]`, or PORT.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

// As `next start` does, before Next.js and React are loaded: they pick their production builds by it.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const { freshPage } = await import("./lib/cache/cache-handler.js");

const { values: options } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(options.port ?? process.env.PORT ?? 3000);
// Without SITE_URL, cached pages and files name this server by its port (lib/site-url.ts).
process.env.PORT = String(port);
const hostname = options.hostname ?? process.env.HOSTNAME;

const app = next({ dev: false, port, hostname });
const handle = app.getRequestHandler();

// The headers Next.js sends with a page from its cache.
const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "x-nextjs-cache": "HIT",
  "x-nextjs-prerender": "1",
  "cache-control": "s-maxage=31536000",
};

/** A browser's plain request for a page's HTML: no query, none of the App Router's own requests. */
function isPlainPageRequest(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const url = request.url ?? "";
  if (url.includes("?") || url.startsWith("/_next/") || url.startsWith("/api/")) return false;
  const headers = request.headers;
  return !headers.rsc && !headers["next-router-prefetch"] && !headers["next-router-state-tree"] && !headers["next-action"];
}

/** Writes the fresh cached page, gzipped when the client takes it (once per page); false when there is none. */
async function serveCachedPage(request, response) {
  const page = await freshPage(request.url ?? "/");
  if (!page) return false;
  const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  if (gzip) page.gzipped ??= gzipSync(page.body);
  const body = gzip ? page.gzipped : page.body;
  response.writeHead(page.status, {
    ...page.headers,
    ...PAGE_HEADERS,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "content-length": String(body.byteLength),
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

await app.prepare();
createServer(async (request, response) => {
  try {
    if (isPlainPageRequest(request) && (await serveCachedPage(request, response))) return;
    await handle(request, response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
}).listen(port, hostname, () => console.log(`Ready on http://${hostname ?? "localhost"}:${port}`));
