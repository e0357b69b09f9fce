// npm run import -- FILE...: imports files of the PWC archive, any of its five, plain or .gz (lib/import/import-pwc.ts).
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { importPwcFiles } from "@/lib/import/import-pwc";
import { formatSummary, stderrProgress } from "@/lib/import/report";
import { isModelCardImport, runModelCardImport } from "./import-model-card";

// A model card (README.md, model-index YAML) goes to the review queue, not straight into the catalogue.
if (isModelCardImport(process.argv.slice(2))) process.exit(await runModelCardImport(process.argv.slice(2)));

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error(
    "Usage: npm run import -- FILE...   (papers-with-abstracts.json, links-between-papers-and-code.json, methods.json,\n" +
      "                                    datasets.json, evaluation-tables.json of the PWC archive; plain or .gz)",
  );
  process.exit(2);
}

try {
  const summary = await importPwcFiles(files, stderrProgress());
  console.log(formatSummary(summary));
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`Refused, nothing written: ${error.message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
