import { z } from "zod";

// The PWC archive's evaluation-tables.json: a list of tasks (docs/design.md, "Data formats").
// Keys the importer does not use are let through; null stands for a missing value throughout.

const Text = z.string().nullish();
const Link = z.object({ title: Text, url: Text });
const Amount = z.number().nonnegative().nullish().catch(undefined);

/** One leaderboard row. Checked on its own: a row that does not fit is skipped and reported, not fatal. */
export const PwcRowSchema = z.object({
  model_name: Text,
  paper_title: Text,
  paper_url: Text,
  paper_date: Text,
  code_links: z.array(Link).nullish(),
  model_links: z.array(z.unknown()).nullish(),
  metrics: z.record(z.string(), z.union([z.string(), z.number(), z.null()]), {
    error: "the row's metrics must be an object of names to values (text or numbers)",
  }),
  uses_additional_data: z.boolean().nullish(),
  // Added by this site's dumps (lib/dumps/row-extras.ts), read back so that a dump round-trips; a foreign shape is ignored.
  settings: z.record(z.string(), z.string()).nullish().catch(null),
  setting_notes: z.string().nullish().catch(null),
  params: Amount,
  training_compute: Amount,
  inference_cost: Amount,
});

/** A dataset or a subset; its name (`dataset` or `subdataset`) is checked by flattenTask. */
export const PwcDatasetSchema = z.object({
  dataset: Text,
  subdataset: Text,
  description: Text,
  dataset_links: z.array(Link).nullish(),
  dataset_citations: z.array(Link).nullish(),
  get subdatasets() {
    return z.array(PwcDatasetSchema).nullish();
  },
  sota: z.object({ metrics: z.array(z.string()).nullish(), rows: z.array(z.unknown()).nullish() }).nullish(),
});

export const PwcTaskSchema = z.object({
  task: z.string({ error: "a task needs a name ('task')" }).trim().min(1, "a task needs a name ('task')"),
  description: Text,
  categories: z.array(z.string()).nullish(),
  synonyms: z.array(z.string()).nullish(),
  source_link: Link.nullish(),
  get subtasks() {
    return z.array(PwcTaskSchema).nullish();
  },
  datasets: z.array(PwcDatasetSchema).nullish(),
});

export type PwcTask = z.infer<typeof PwcTaskSchema>;
export type PwcDataset = z.infer<typeof PwcDatasetSchema>;
export type PwcRow = z.infer<typeof PwcRowSchema>;

export function datasetName(dataset: { dataset?: string | null; subdataset?: string | null }): string {
  return (dataset.dataset ?? dataset.subdataset ?? "").replace(/\s+/g, " ").trim();
}

/** A place in the file as a JSON path: `[2].datasets[0].sota.rows[7]`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment) => {
      if (typeof segment === "number") return `[${segment}]`;
      const key = String(segment);
      return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    })
    .join("");
}

/** The first problem zod found, with its place: `[0].datasets[1].sota.metrics[2]: expected string…`. */
export function describeIssue(error: z.ZodError, base: readonly PropertyKey[]): string {
  const issue = error.issues[0];
  return `${jsonPath([...base, ...issue.path])}: ${issue.message}`;
}
