/** The request's URL as the caller sees it (behind a proxy too): the base of `next` and `previous`. */
export function publicUrlOf(request: Request): URL {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const protocol = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (host) url.host = host;
  if (protocol === "http" || protocol === "https") url.protocol = `${protocol}:`;
  return url;
}
