import { writeDatasetsDump, writeMethodsDump, writePapersDump } from "./catalogue-dumps";
import { writeEvaluationTables } from "./evaluation-tables";
import type { Sink } from "./sink";

export const DUMP_FILES = ["evaluation-tables.json", "papers.json", "methods.json", "datasets.json"] as const;
export type DumpFile = (typeof DUMP_FILES)[number];

/** Every dump file by name, and what writes it. */
export const DUMP_WRITERS: Record<DumpFile, (sink: Sink) => Promise<void>> = {
  "evaluation-tables.json": writeEvaluationTables,
  "papers.json": writePapersDump,
  "methods.json": writeMethodsDump,
  "datasets.json": writeDatasetsDump,
};
