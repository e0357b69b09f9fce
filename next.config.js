import { fileURLToPath } from "node:url";

// A leaderboard's shareable query addresses, each served from a path segment of its own so that every
// variant is a cached page (lib/front/query-rewrites.test.ts): `?key=value` → /sota/B/<segment>/value.
// A value goes into the path unencoded: `%`, `#` and `?` would break it, so only the rest matches.
const BOARD_QUERIES = [
  // `?setting=ensemble` splits a board by a setting, `?setting=ensemble:no` keeps one group (lib/settings/board-filters.ts).
  { key: "setting", param: "setting", value: "[^%#?/]+", segment: "setting" },
  // `?max_params=7e9` keeps the smaller models.
  { key: "max_params", param: "max", value: "[^%#?/]+", segment: "max-params" },
  // `?trust=code`: rows of at least that trust (lib/trust/trust-view.ts).
  { key: "trust", param: "trust", value: "[a-z]+", segment: "trust" },
  // `?metric=` picks the ranking metric; a slash is fine, the route takes it whole.
  { key: "metric", param: "metric", value: "[^%#?]+", segment: "by" },
  // `?as_of=YYYY-MM-DD`: the board as it stood that day, rebuilt from its history.
  { key: "as_of", param: "asOf", value: "\\d{4}-\\d{2}-\\d{2}", segment: "as-of" },
];

/** The `has` condition of one board query, capturing its value under `param`. */
const boardQuery = ({ key, param, value }) => ({ type: "query", key, value: `(?<${param}>${value})` });

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
      beforeFiles: [
        // Both filters at once; the first rule of the table below that matches wins otherwise (`?trust=` before `?metric=`).
        {
          source: "/sota/:benchmark",
          has: [boardQuery(BOARD_QUERIES[0]), boardQuery(BOARD_QUERIES[1])],
          destination: "/sota/:benchmark/setting/:setting/max-params/:max",
        },
        ...BOARD_QUERIES.map((query) => ({
          source: "/sota/:benchmark",
          has: [boardQuery(query)],
          destination: `/sota/:benchmark/${query.segment}/:${query.param}`,
        })),
        // `?trust=` on a ranking, a page or the view without extra data leads their path (lib/trust/trust-view.ts).
        {
          source: "/sota/:benchmark/:view(by|page|no-extra-data)/:rest*",
          has: [boardQuery(BOARD_QUERIES[2])],
          destination: "/sota/:benchmark/trust/:trust/:view/:rest*",
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
