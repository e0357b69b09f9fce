import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";

// The server's own matching (path, then `has`, then the destination), first match wins. Next's
// unstable_getResponseFromNextConfig would do, but it drops the named groups of `has` values.
async function rewrittenPath(address: string): Promise<string | null> {
  const url = new URL(address, "http://localhost");
  const query = Object.fromEntries(url.searchParams);
  const rewrites = await nextConfig.rewrites!();
  const routes = Array.isArray(rewrites) ? rewrites : (rewrites.beforeFiles ?? []);
  for (const route of routes) {
    const params = getPathMatch(route.source, { strict: true, removeUnnamedParams: true })(url.pathname);
    if (!params) continue;
    const hasParams = matchHas({ headers: {} } as never, query, route.has, route.missing);
    if (!hasParams) continue;
    return prepareDestination({ appendParamsToQuery: false, destination: route.destination, params: { ...params, ...hasParams }, query }).newUrl;
  }
  return null;
}

// Each shareable query address, and the cached path it is served from (the page under app/ that renders it).
const CASES: [string, string | null][] = [
  ["/sota/imagenet?metric=top-1-accuracy", "/sota/imagenet/by/top-1-accuracy"],
  ["/sota/imagenet?metric=a/b", "/sota/imagenet/by/a/b"],
  ["/sota/imagenet?setting=ensemble", "/sota/imagenet/setting/ensemble"],
  ["/sota/imagenet?setting=ensemble:no", "/sota/imagenet/setting/ensemble:no"],
  ["/sota/imagenet?max_params=7e9", "/sota/imagenet/max-params/7e9"],
  ["/sota/imagenet?setting=ensemble:no&max_params=7e9", "/sota/imagenet/setting/ensemble:no/max-params/7e9"],
  ["/sota/imagenet?trust=code", "/sota/imagenet/trust/code"],
  ["/sota/imagenet/by/top-1-accuracy?trust=author", "/sota/imagenet/trust/author/by/top-1-accuracy"],
  ["/sota/imagenet/page/2?trust=code", "/sota/imagenet/trust/code/page/2"],
  ["/sota/imagenet?as_of=2021-06-30", "/sota/imagenet/as-of/2021-06-30"],
  ["/papers?page=3", "/papers/page/3"],
  // The first of several wins, as before; values the pattern refuses are not rewritten.
  ["/sota/imagenet?trust=code&metric=top-1-accuracy", "/sota/imagenet/trust/code"],
  ["/sota/imagenet?metric=top-1-accuracy&as_of=2021-06-30", "/sota/imagenet/by/top-1-accuracy"],
  ["/sota/imagenet?trust=Code1", null],
  ["/sota/imagenet?as_of=2021-6-30", null],
  ["/sota/imagenet?metric=a%25b", null],
  ["/papers?page=two", null],
];

describe("next.config.js rewrites", () => {
  it.each(CASES)("serves %s from %s", async (address, path) => {
    expect(await rewrittenPath(address)).toBe(path);
  });
});
