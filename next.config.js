/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3"],
  async rewrites() {
    return {
      // `?metric=` picks the ranking metric; a path segment keeps each ranking a cached page.
      beforeFiles: [
        {
          source: "/sota/:benchmark",
          has: [{ type: "query", key: "metric", value: "(?<metric>.+)" }],
          destination: "/sota/:benchmark/by/:metric",
        },
      ],
    };
  },
};

export default nextConfig;
