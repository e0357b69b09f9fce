// npm run gen:archive [-- FILE] [--seed 1] [--scale 1] [--all]: writes a synthetic PWC archive shaped like the
// real one (scripts/synthetic-archive.ts), by default data/archive/evaluation-tables.json at full size; with
// --all, the archive's other four files beside it (scripts/synthetic-catalogue.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { formatCount } from "@/lib/format";
import { FULL_SIZE, scaledSize, writeSyntheticArchive } from "./synthetic-archive";
import { FULL_CATALOGUE, scaledCatalogue, writeSyntheticCatalogue } from "./synthetic-catalogue";

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: "string", default: "1" },
    scale: { type: "string", default: "1" },
    all: { type: "boolean", default: false },
  },
});
const file = path.resolve(positionals[0] ?? "data/archive/evaluation-tables.json");
const seed = Number(options.seed);
const scale = Number(options.scale);
if (!Number.isInteger(seed) || !(scale > 0 && scale <= 1)) {
  console.error("Usage: npm run gen:archive -- [FILE] [--seed INTEGER] [--scale 0<S≤1] [--all]");
  process.exit(2);
}

const started = performance.now();
const counts = await writeSyntheticArchive(file, seed, scale === 1 ? FULL_SIZE : scaledSize(scale));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${file} in ${seconds} s (seed ${seed}, scale ${scale}):`);
console.log(`  ${formatCount(counts.topLevelTasks)} top-level tasks, ${formatCount(counts.tasks)} tasks in all`);
console.log(`  ${formatCount(counts.datasets)} datasets and subsets, ${formatCount(counts.benchmarks)} leaderboards`);
console.log(`  ${formatCount(counts.results)} rows, ${formatCount(counts.values)} metric values, ${formatCount(counts.papers)} papers`);
console.log(`  largest leaderboard ${formatCount(counts.largestTable)} rows, median ${formatCount(counts.medianTable)}`);
console.log(`  ${formatCount(counts.bytes)} bytes (${(counts.bytes / 1e6).toFixed(1)} MB)`);

if (options.all) {
  const directory = path.dirname(file);
  const catalogueStarted = performance.now();
  const catalogue = await writeSyntheticCatalogue(directory, seed, scale === 1 ? FULL_CATALOGUE : scaledCatalogue(scale));
  console.log(`Wrote the other four files into ${directory} in ${((performance.now() - catalogueStarted) / 1000).toFixed(1)} s:`);
  for (const kind of ["papers", "links", "methods", "datasets"] as const) {
    console.log(
      `  ${kind}: ${formatCount(catalogue[kind])} (${formatCount(catalogue.repeated[kind])} repeated word for word), ${formatCount(catalogue.bytes[kind])} bytes`,
    );
  }
}
