// What a production build is made from, as one hash: `npm start` builds again only when it changed.
// Plain JavaScript so that it runs in a fraction of a second, before anything is compiled.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Folders and files the build reads; lib/generated is the Prisma client, which differs per database. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Variables the build bakes in: the build id, the server actions' key, public settings, the address of prerendered pages. */
const BUILD_VARIABLES = /^(NEXT_PUBLIC_|NEXT_DEPLOYMENT_ID$|NEXT_SERVER_ACTIONS_ENCRYPTION_KEY$|SITE_URL$|PORT$)/;

const SKIPPED = new Set(["node_modules", ".next"]);

function listFiles(entry) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => !SKIPPED.has(name) && !name.endsWith(".test.ts"))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** The hash of every build input's path and content, and of the build's environment variables. */
export function buildFingerprint(root = process.cwd(), environment = process.env) {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap((entry) => listFiles(path.join(root, entry)))) {
    hash
      .update(`${path.relative(root, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  }
  for (const name of Object.keys(environment)
    .filter((key) => BUILD_VARIABLES.test(key))
    .sort()) {
    hash.update(`${name}=${environment[name]}\0`);
  }
  return hash.digest("hex");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(buildFingerprint());
