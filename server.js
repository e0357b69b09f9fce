// The production server: Next.js, with a front for cached pages. A plain GET of a page whose rendered
// HTML is in the cache (lib/cache/cache-handler.js) and still fresh (none of its tags expired since it
// was rendered: the check Next.js makes) is written from memory, encoded once, as a static file would
// be; everything else goes to Next.js. Every response gets the security headers (lib/front/); the
// app learns the client's address from the front alone. `node server.js [--port N] [--hostname H]`, or PORT.
// With PWC_SERVER_WORKERS above 1 (one per core by default), this process only runs that many workers
// that do all of the above (lib/front/server-workers.js).
import cluster from "node:cluster";
import { createServer } from "node:http";
import { parseArgs, promisify } from "node:util";
import { gzip as gzipAsync, gzipSync } from "node:zlib";

const { serverWorkerCount, superviseWorkers } = await import("./lib/front/server-workers.js");
const workerCount = serverWorkerCount();
if (cluster.isPrimary && workerCount > 1) {
  superviseWorkers(workerCount);
  // The primary goes no further: it forks, restarts and stops the workers until a signal ends it.
  await new Promise(() => {});
}

// As `next start` does, before Next.js and React are loaded: they pick their production builds by it.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const { default: compression } = await import("next/dist/compiled/compression/index.js");
const { releaseCompressionStream } = await import("next/dist/server/lib/release-compression-stream.js");
const { freshPage, setPageRefresher } = await import("./lib/cache/cache-handler.js");
const { CLIENT_ADDRESS_HEADER, clientAddress, isHttps } = await import("./lib/front/proxy-trust.js");
const security = await import("./lib/front/security-headers.js");
const actions = await import("./lib/front/action-requests.js");
const accountHint = await import("./lib/front/account-hint.js");
const { cachedPagePath } = await import("./lib/front/cached-paths.js");
const gzipLater = promisify(gzipAsync);

const { values: options } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(options.port ?? process.env.PORT ?? 3000);
// Without SITE_URL, cached pages and files name this server by its port (lib/site-url.ts).
process.env.PORT = String(port);
const hostname = options.hostname ?? process.env.HOSTNAME;

const app = next({ dev: false, port, hostname });
const handle = app.getRequestHandler();
// Next.js's compression is off (next.config.js): it would gzip before the front's nonce could go in.
const compress = compression();

// The headers Next.js sends with a page from its cache.
const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "x-nextjs-cache": "HIT",
  "x-nextjs-prerender": "1",
  "cache-control": "s-maxage=31536000",
};

/** A browser's request for a page's HTML: none of the App Router's own requests. */
function isBrowserPageRequest(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const headers = request.headers;
  return !headers.rsc && !headers["next-router-prefetch"] && !headers["next-router-state-tree"] && !headers["next-action"];
}

/** A browser's plain request for a page's HTML: no query, none of the App Router's own requests. */
function isPlainPageRequest(request) {
  const url = request.url ?? "";
  if (url.includes("?") || url.startsWith("/_next/") || url.startsWith("/api/")) return false;
  return isBrowserPageRequest(request);
}

/**
 * The page with a signed-in visitor's account button in its header (the hint cookie names them), or null
 * for everyone else, who get the page as cached. Gzipped off the event loop: it is this visitor's alone.
 */
async function pageWithAccount(request, sealed, gzip) {
  const hint = accountHint.readAccountHint(request.headers.cookie);
  if (!hint) return null;
  sealed.slotEnd ??= sealed.body.indexOf(accountHint.ACCOUNT_SLOT);
  if (sealed.slotEnd < 0) return null;
  const at = sealed.slotEnd + accountHint.ACCOUNT_SLOT.length;
  const body = Buffer.concat([sealed.body.subarray(0, at), Buffer.from(accountHint.accountButtonMarkup(hint)), sealed.body.subarray(at)]);
  return gzip ? gzipLater(body, { level: 4 }) : body;
}

/** Writes the fresh cached page, gzipped when the client takes it (once per page); false when there is none. */
async function serveCachedPage(request, response, isSecure) {
  const page = await freshPage(request.url ?? "/");
  if (!page) return false;
  const sealed = (page.sealed ??= security.sealCachedPage(page.body));
  const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const personal = await pageWithAccount(request, sealed, gzip);
  if (gzip && !personal) sealed.gzipped ??= gzipSync(sealed.body);
  const body = personal ?? (gzip ? sealed.gzipped : sealed.body);
  response.writeHead(page.status, {
    ...page.headers,
    ...PAGE_HEADERS,
    // A page with someone's name in it is theirs: no shared cache keeps it.
    ...(personal ? { "cache-control": "private, no-cache" } : {}),
    ...security.securityHeaders(isSecure),
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "content-security-policy": sealed.policy[isSecure ? "https" : "http"],
    "content-length": String(body.byteLength),
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

/** A server action from another site is refused (403), one whose body Next.js cannot decode too (400). */
async function checkedAction(request, response) {
  const refuse = (status, message) => void response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
  if (actions.isForeignOrigin(request.headers)) return refuse(403, "Forbidden: this form was sent from another site.");
  const body = await actions.readBody(request);
  if (!body) return refuse(413, "Payload Too Large");
  if (!(await actions.isDecodableAction(request.headers, body))) return refuse(400, "Bad Request: the form's data could not be read.");
  return actions.replayRequest(request, body);
}

/** Hands the request to Next.js, which renders with RENDER_NONCE; the response carries a nonce of its own. */
async function handleWithNonce(request, response, isSecure) {
  const nonce = security.newNonce();
  security.renderNonceHeaders(request.headers);
  response.setHeader("content-security-policy", security.contentSecurityPolicy([`'nonce-${nonce}'`], isSecure));
  compress(request, response, () => {});
  response.on("close", () => releaseCompressionStream(response));
  security.replaceRenderNonce(response, nonce);
  await handle(request, response);
}

/** Every request; a refresh (the front's own, for a stale list page) always goes to Next.js, which renders it. */
async function serve(request, response, isRefresh = false) {
  try {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.headers, request.socket.remoteAddress) ?? "";
    const isSecure = isHttps(request.headers, request.socket.encrypted);
    // A one-word search or a page of the papers list is the cached page of a path of its own (lib/front/cached-paths.js).
    const cachedPath = cachedPagePath(request.url ?? "");
    if (cachedPath && isBrowserPageRequest(request)) request.url = cachedPath;
    if (!isRefresh && isPlainPageRequest(request) && (await serveCachedPage(request, response, isSecure))) return;
    for (const [name, value] of Object.entries(security.securityHeaders(isSecure))) response.setHeader(name, value);
    const checked = actions.isActionRequest(request) ? await checkedAction(request, response) : request;
    if (checked) await handleWithNonce(checked, response, isSecure);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
}

await app.prepare();
// Stale list pages are rendered again through a listener of this process's own, on loopback, off the reader's path.
const refresher = createServer((request, response) => serve(request, response, true));
await new Promise((resolve) => refresher.listen({ host: "127.0.0.1", port: 0, exclusive: true }, resolve));
const refreshAddress = `http://127.0.0.1:${refresher.address().port}`;
setPageRefresher(async (path) => void (await (await fetch(refreshAddress + path)).arrayBuffer()));
const server = createServer((request, response) => serve(request, response));
// Idle keep-alive connections stay open longer than clients and proxies keep theirs (Node's 5 s closed them
// under a client that was just reusing one: ECONNRESET); headers must then be allowed a little longer.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? "localhost"}:${port}`));
