// ESLint: Next.js's rules (React, hooks, accessibility, Core Web Vitals), typescript-eslint's recommended
// rules, and the layer rules of CONTRIBUTING.md ("Layers"), which keep the domain free of the UI.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// One entry per layer rule, reused by the blocks below.
const UI = { group: ["@/components", "@/components/*", "@/app", "@/app/*"], message: "lib/ is the domain: it never imports the UI (components/, app/)." };
const ACTIONS = {
  group: ["@/lib/actions", "@/lib/actions/*"],
  message: "Server actions are called by pages and forms only; call the domain function instead.",
};
const DATABASE = { group: ["@/lib/db"], message: "Read through lib/data and write through a domain function (lib/<domain>/), not the client." };
const DATA_VALUES = {
  group: ["@/lib/data", "@/lib/data/*"],
  allowTypeImports: true,
  message: "Components get their data from the page as props: import only types from lib/data.",
};
const SERVER = {
  group: ["@/lib/db", "@/lib/data", "@/lib/data/*", "@/lib/auth", "server-only", "next/*"],
  message: "lib/validations is shared by the browser's forms: zod and pure helpers only.",
};

const restrict = (...patterns) => ["error", { patterns }];

export default defineConfig([
  // Generated, built or downloaded: never linted (node_modules/ and .git/ are skipped by ESLint itself).
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "bench-results/**",
    "public/bench/**",
    "next-env.d.ts",
  ]),
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // An unused name is a real mistake here: an error, except for a deliberately ignored `_name`.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      // `import type` keeps type-only imports out of client bundles and makes the layer rules' type exception visible.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  // The layers. @typescript-eslint/no-restricted-imports is the core rule plus `allowTypeImports`.
  { files: ["lib/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(UI, ACTIONS) } },
  { files: ["lib/actions/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(UI) } },
  { files: ["lib/validations/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(UI, ACTIONS, SERVER) } },
  { files: ["components/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(DATABASE, DATA_VALUES) } },
  { files: ["app/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(DATABASE) } },
  // Unit tests of lib/ may drive the route handlers and components they test.
  { files: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "lib/test/**", "lib/api/testing/**"], rules: { "@typescript-eslint/no-restricted-imports": "off" } },
]);
