import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The guard against client imports has nothing to guard in a test.
      "server-only": path.join(root, "lib/test/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/setup-database.ts"],
    // next-auth imports "next/server" without an extension: let Vite resolve it instead of Node.
    server: { deps: { inline: ["next-auth"] } },
    // Tests that start the Prisma CLI or import a synthetic archive ran past 30 s under a load average of 30.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
