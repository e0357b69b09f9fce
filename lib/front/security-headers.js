// The security headers of every response the front (server.js) writes or hands on, and its Content
// Security Policy. Pages are rendered once and served from the cache many times, so a nonce cannot be
// rendered into them: Next.js renders every page with RENDER_NONCE, a secret of this process that never
// leaves it. A response Next.js writes gets a fresh nonce in its place (replaceRenderNonce); a cached page
// the front writes allows its scripts by their hashes, computed once per page (sealCachedPage).
import { createHash, randomBytes } from "node:crypto";

/** A fresh nonce: 16 random bytes in base64, always 24 characters. */
export function newNonce() {
  return randomBytes(16).toString("base64");
}

/** The nonce every render carries (the request's CSP header names it); replaced before any byte leaves. */
export const RENDER_NONCE = newNonce();

const POLICY = [
  "default-src 'self'",
  // Inline style attributes (the chart's bars and points); no inline script runs without a nonce or hash.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
];

/** The policy of a response: scripts from this site, and the inline ones `scriptSources` name. */
export function contentSecurityPolicy(scriptSources, isHttps) {
  return [...POLICY, ["script-src 'self'", ...scriptSources].join(" "), ...(isHttps ? ["upgrade-insecure-requests"] : [])].join("; ");
}

const BASE_HEADERS = { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" };
const HTTPS_HEADERS = { ...BASE_HEADERS, "strict-transport-security": "max-age=63072000; includeSubDomains" };

/** The headers every response carries, whatever it is. */
export function securityHeaders(isHttps) {
  return isHttps ? HTTPS_HEADERS : BASE_HEADERS;
}

/** The request headers that make Next.js put RENDER_NONCE on the scripts it renders; a client's own are dropped. */
export function renderNonceHeaders(headers) {
  delete headers["content-security-policy-report-only"];
  headers["content-security-policy"] = `script-src 'nonce-${RENDER_NONCE}'`;
}

const RENDERED = /^text\/(html|x-component)\b/;

/** The length of the longest end of `data` that begins RENDER_NONCE: held back until the next write. */
function partialNonceAtEnd(data, nonce) {
  for (let length = Math.min(nonce.length - 1, data.length); length > 0; length--) {
    if (nonce.subarray(0, length).equals(data.subarray(data.length - length))) return length;
  }
  return 0;
}

function bufferOf(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(chunk ?? "", typeof encoding === "string" ? encoding : "utf8");
}

/**
 * Replaces RENDER_NONCE with `nonce` in what Next.js writes of a page or an RSC payload, as it streams.
 * Both are 24 characters: lengths, and so Content-Length, stay as they are.
 */
export function replaceRenderNonce(response, nonce) {
  const from = Buffer.from(RENDER_NONCE);
  const to = Buffer.from(nonce);
  const { write, end } = response;
  let held = Buffer.alloc(0);
  let isRendered;

  function rewrite(chunk, encoding, isLast) {
    const data = Buffer.concat([held, bufferOf(chunk, encoding)]);
    for (let at = data.indexOf(from); at !== -1; at = data.indexOf(from, at + to.length)) to.copy(data, at);
    const keep = isLast ? 0 : partialNonceAtEnd(data, from);
    held = data.subarray(data.length - keep);
    return data.subarray(0, data.length - keep);
  }
  function rewrites() {
    isRendered ??= RENDERED.test(String(response.getHeader("content-type") ?? ""));
    return isRendered;
  }

  response.write = function (chunk, encoding, callback) {
    if (!rewrites()) return write.call(this, chunk, encoding, callback);
    return write.call(this, rewrite(chunk, encoding, false), typeof encoding === "function" ? encoding : callback);
  };
  response.end = function (chunk, encoding, callback) {
    if (typeof chunk === "function") return end.call(this, ...(rewrites() && held.length ? [held, chunk] : [chunk]));
    if (!rewrites()) return end.call(this, chunk, encoding, callback);
    return end.call(this, rewrite(chunk, encoding, true), typeof encoding === "function" ? encoding : callback);
  };
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * A cached page as the front writes it: RENDER_NONCE taken out, and the hashes of the inline scripts that
 * Next.js rendered (those that carried it; a script that found its way into the page otherwise has none).
 * @param {Buffer} body
 */
export function sealCachedPage(body) {
  const html = body.toString("utf8");
  const scriptSources = new Set();
  for (const [, attributes, content] of html.matchAll(SCRIPT)) {
    if (!attributes.includes(`nonce="${RENDER_NONCE}"`) || /\bsrc=/i.test(attributes)) continue;
    scriptSources.add(`'sha256-${createHash("sha256").update(content.replaceAll(RENDER_NONCE, "")).digest("base64")}'`);
  }
  const sources = [...scriptSources];
  return {
    body: Buffer.from(html.replaceAll(RENDER_NONCE, "")),
    scriptSources: sources,
    policy: { http: contentSecurityPolicy(sources, false), https: contentSecurityPolicy(sources, true) },
  };
}
