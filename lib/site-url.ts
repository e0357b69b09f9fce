// The site's public address. SITE_URL when set; otherwise the address each request was made to, or, where
// no request is at hand (cached pages and files, which must not echo a client's Host header to others),
// http://localhost:PORT.
import { env } from "@/lib/env";

/** Reverse proxies in front that set X-Forwarded-Host/-Proto (PWC_PROXY_HOPS); none by default. */
function proxyHops(): number {
  const hops = Number(process.env.PWC_PROXY_HOPS ?? "0");
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The entry that the outermost of the trusted proxies wrote; nothing when no proxy is trusted. */
function forwarded(headers: Pick<Headers, "get">, name: string): string | undefined {
  const hops = proxyHops();
  if (hops === 0) return undefined;
  const entries = (headers.get(name) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - hops)];
}

/** Without a request: SITE_URL, else this server on localhost at its PORT. No trailing slash. */
export function configuredSiteUrl(): string {
  return (env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
}

/**
 * The address a request reached the site at: SITE_URL when set; else its Host (or, behind PWC_PROXY_HOPS
 * proxies, the X-Forwarded-Host and -Proto they set). No host or a malformed one: `fallback`.
 */
export function siteUrlOf(headers: Pick<Headers, "get">, fallback = configuredSiteUrl()): string {
  if (env.SITE_URL) return configuredSiteUrl();
  const host = forwarded(headers, "x-forwarded-host") ?? headers.get("host") ?? "";
  const protocol = forwarded(headers, "x-forwarded-proto") === "https" ? "https" : "http";
  return HOST.test(host) ? `${protocol}://${host.toLowerCase()}` : fallback;
}

/** True when SITE_URL is set: pages may then be cached with it; else they must read the request. */
export function hasConfiguredSiteUrl(): boolean {
  return Boolean(env.SITE_URL);
}
