import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // server.js compresses, after putting each response's CSP nonce in (lib/front/security-headers.js).
  compress: false,
  // An ETag is a hash of the whole page computed on every request: a third of a cached page's cost.
  generateEtags: false,
  // Rendered pages stay in memory; their expiry is shared by every process (lib/cache/cache-handler.js).
  cacheHandler: fileURLToPath(new URL("./lib/cache/cache-handler.js", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3"],
  // The old API's clients call /api/v1/papers/ with a slash, and a redirect would cost them a round trip
  // (and break a browser's preflight): the API answers both; the pages keep one address (redirects below).
  skipTrailingSlashRedirect: true,
  // forbidden(): a 403 with the page of forbidden.tsx for other roles' areas (/moderation, /admin).
  experimental: { authInterrupts: true },
  async redirects() {
    return [{ source: "/:path((?!api/v1/).+)/", destination: "/:path", permanent: true }];
  },
  async rewrites() {
    return {
      // `?metric=` picks the ranking metric; a path segment keeps each ranking a cached page.
      // The value goes into the path unencoded: `%`, `#` and `?` would break it, so only the rest
      // matches (the site's own links use metric slugs; a slash is fine, the route takes it whole).
      beforeFiles: [
        // `?setting=ensemble` splits a board by a setting, `?setting=ensemble:no` keeps one group,
        // `?max_params=7e9` keeps the smaller models (lib/settings/board-filters.ts reads the segments).
        {
          source: "/sota/:benchmark",
          has: [
            { type: "query", key: "setting", value: "(?<setting>[^%#?/]+)" },
            { type: "query", key: "max_params", value: "(?<max>[^%#?/]+)" },
          ],
          destination: "/sota/:benchmark/setting/:setting/max-params/:max",
        },
        {
          source: "/sota/:benchmark",
          has: [{ type: "query", key: "setting", value: "(?<setting>[^%#?/]+)" }],
          destination: "/sota/:benchmark/setting/:setting",
        },
        {
          source: "/sota/:benchmark",
          has: [{ type: "query", key: "max_params", value: "(?<max>[^%#?/]+)" }],
          destination: "/sota/:benchmark/max-params/:max",
        },
        // `?trust=code` filters a leaderboard to rows of at least that trust (lib/trust/trust-view.ts).
        {
          source: "/sota/:benchmark",
          has: [{ type: "query", key: "trust", value: "(?<trust>[a-z]+)" }],
          destination: "/sota/:benchmark/trust/:trust",
        },
        {
          source: "/sota/:benchmark/:view(by|page|no-extra-data)/:rest*",
          has: [{ type: "query", key: "trust", value: "(?<trust>[a-z]+)" }],
          destination: "/sota/:benchmark/trust/:trust/:view/:rest*",
        },
        {
          source: "/sota/:benchmark",
          has: [{ type: "query", key: "metric", value: "(?<metric>[^%#?]+)" }],
          destination: "/sota/:benchmark/by/:metric",
        },
        // `?as_of=YYYY-MM-DD`: the board as it stood that day, rebuilt from its history (a page of its own).
        {
          source: "/sota/:benchmark",
          has: [{ type: "query", key: "as_of", value: "(?<asOf>\\d{4}-\\d{2}-\\d{2})" }],
          destination: "/sota/:benchmark/as-of/:asOf",
        },
        {
          source: "/papers",
          has: [{ type: "query", key: "page", value: "(?<page>\\d+)" }],
          destination: "/papers/page/:page",
        },
      ],
    };
  },
};

export default nextConfig;
