import { writeDatasetsDump, writeLinksDump, writeMethodsDump, writePapersDump } from "./catalogue-dumps";
import { writeEvaluationTables } from "./evaluation-tables";
import type { Sink } from "./sink";

/** The archive's five files, under its names; each is also served gzipped (".json.gz"). */
export const DUMP_FILES = [
  "papers-with-abstracts.json",
  "links-between-papers-and-code.json",
  "methods.json",
  "datasets.json",
  "evaluation-tables.json",
] as const;
export type DumpFile = (typeof DUMP_FILES)[number];

/** Every dump file by name, and what writes it. */
export const DUMP_WRITERS: Record<DumpFile, (sink: Sink) => Promise<void>> = {
  "papers-with-abstracts.json": writePapersDump,
  "links-between-papers-and-code.json": writeLinksDump,
  "methods.json": writeMethodsDump,
  "datasets.json": writeDatasetsDump,
  "evaluation-tables.json": writeEvaluationTables,
};
