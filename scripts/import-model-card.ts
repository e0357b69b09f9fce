// npm run import -- README.md|model-index.yaml --as EMAIL [--paper REF] [--title T --authors A --date YYYY-MM-DD]:
// each card's results become submissions for review (lib/model-index/import-card.ts).
import { configuredSiteUrl } from "@/lib/site-url";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { formatCardImport, importModelCard } from "@/lib/model-index/import-card";

const USAGE = "Usage: npm run import -- README.md|FILE.yaml... --as EMAIL [--paper ARXIV_ID_OR_URL] [--title TITLE --authors 'A, B' --date YYYY-MM-DD]";

/** True when the arguments name a model card: a .md, .yaml or .yml file. */
export function isModelCardImport(args: string[]): boolean {
  return args.some((arg) => /\.(?:md|ya?ml)$/i.test(arg));
}

/** Runs the import and answers the exit code. */
export async function runModelCardImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { as: { type: "string" }, paper: { type: "string" }, title: { type: "string" }, authors: { type: "string" }, date: { type: "string" } },
  });
  if (!values.as || positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const paper = Object.fromEntries(
    Object.entries({ ref: values.paper, title: values.title, authors: values.authors, publishedAt: values.date }).filter(([, value]) => value !== undefined),
  );
  let failed = false;
  try {
    for (const [index, file] of positionals.entries()) {
      console.log(`${index > 0 ? "\n" : ""}${file}:`);
      try {
        const result = await importModelCard(readFileSync(file, "utf8"), { as: values.as, paper: Object.keys(paper).length > 0 ? paper : undefined });
        console.log(formatCardImport(result, configuredSiteUrl()));
        failed ||= result.drafts.some((draft) => !draft.submissionId);
      } catch (error) {
        if (!isAppError(error)) throw error;
        console.error(`Refused, nothing written: ${error.message}`);
        failed = true;
      }
    }
  } finally {
    await prisma.$disconnect();
  }
  return failed ? 1 : 0;
}
