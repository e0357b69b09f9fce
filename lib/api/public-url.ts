import { siteUrlOf } from "@/lib/site-url";

/** The request's URL as the caller sees it (behind PWC_PROXY_HOPS proxies too): the base of `next` and `previous`. */
export function publicUrlOf(request: Request): URL {
  const url = new URL(request.url);
  const site = new URL(siteUrlOf(request.headers, url.origin));
  url.protocol = site.protocol;
  url.host = site.host;
  return url;
}
