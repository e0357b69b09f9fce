// Run after every install (package.json "postinstall"): one change to Next.js, for the pinned version.
//
// Next.js's incremental cache measures every entry it stores with JSON.stringify, to refuse data-cache
// entries over 2 MB, a limit it then ignores when a custom cache handler is set (ours is:
// lib/cache/cache-handler.js). For a page that means turning its HTML and its RSC payload, a Buffer, into
// JSON byte by byte: 21 ms for the largest leaderboard, and 13 ms more for its data, on every render
// (docs/performance.md, "Part B, seventh session"). The change measures only when the limit applies.
// The file is written anew (not in place), so a tree whose node_modules is hard-linked to another's
// leaves that other alone. A Next.js whose page runtime or server cache has neither the original nor the
// patched text fails the install: look at what its incremental cache does before pinning it.
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const PATCHED = "/* measured only where the limit applies: scripts/patch-next.js */";

/** Next's compiled runtimes (minified) and its two builds of the incremental cache (readable). */
const EDITS = [
  {
    pattern: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152&&!this\.hasCustomCacheHandler/,
    replace: (_, size, data, ctx) =>
      `let ${size}=${ctx}.fetchCache&&!this.hasCustomCacheHandler?JSON.stringify(${data}).length:0${PATCHED};if(${ctx}.fetchCache&&${size}>2097152&&!this.hasCustomCacheHandler`,
  },
  {
    pattern: /const itemSize = JSON\.stringify\(data\)\.length;/,
    replace: () => `const itemSize = ctx.fetchCache && !this.hasCustomCacheHandler ? JSON.stringify(data).length : 0${PATCHED};`,
  },
];

const nextRoot = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
const candidates = [
  path.join(nextRoot, "dist/server/lib/incremental-cache/index.js"),
  path.join(nextRoot, "dist/esm/server/lib/incremental-cache/index.js"),
  ...readdirSync(path.join(nextRoot, "dist/compiled/next-server"))
    .filter((name) => name.endsWith(".js"))
    .map((name) => path.join(nextRoot, "dist/compiled/next-server", name)),
];

let patched = 0;
let already = 0;
for (const file of candidates) {
  const text = readFileSync(file, "utf8");
  if (text.includes(PATCHED)) {
    already += 1;
    continue;
  }
  const edit = EDITS.find(({ pattern }) => pattern.test(text));
  if (!edit) continue;
  const temporary = `${file}.patching`;
  writeFileSync(temporary, text.replace(edit.pattern, edit.replace));
  renameSync(temporary, file);
  patched += 1;
}
// The runtime that renders pages and the server's own cache must be among them, patched now or before.
for (const served of ["dist/compiled/next-server/app-page-turbo.runtime.prod.js", "dist/server/lib/incremental-cache/index.js"]) {
  if (!readFileSync(path.join(nextRoot, served), "utf8").includes(PATCHED)) {
    throw new Error(`scripts/patch-next.js: Next.js's incremental cache has changed (${served}); see the note at the top of the script.`);
  }
}
console.log(`scripts/patch-next.js: Next.js's cache no longer measures entries it never limits (${patched} files patched, ${already} already).`);
