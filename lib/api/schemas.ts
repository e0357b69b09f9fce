// The objects of the API, in the old Papers with Code API's shapes (the `paperswithcode-client` models), so
// that its clients and scripts work again. Each field says what it is made of here; fields the old API had
// and this catalogue does not keep are always null (or, where the old clients require a value, empty).
import { z } from "zod";
import { ApiErrorSchema } from "./errors";

/** The schemas that the OpenAPI description names under components.schemas. */
export const apiSchemas = z.registry<{ id: string }>();

function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

const day = z.iso.date();
const ALWAYS_NULL = "Always null: not kept by this catalogue.";

export const PaperSchema = named(
  "Paper",
  z
    .object({
      id: z.string().describe("The paper's slug: /paper/{id} on the site."),
      arxiv_id: z.string().nullable().describe("arXiv identifier without version (1706.03762); null when the paper is not on arXiv."),
      nips_id: z.null().describe(ALWAYS_NULL),
      url_abs: z.string().describe("Address of the paper's abstract page; empty when unknown."),
      url_pdf: z.string().describe("Address of the PDF; empty when unknown."),
      title: z.string(),
      abstract: z.string().describe("Empty when unknown (papers imported from leaderboards have none)."),
      authors: z.array(z.string()).describe("In the paper's order; empty when unknown."),
      published: day.nullable().describe("Publication date, YYYY-MM-DD; null when unknown."),
      conference: z.null().describe(`${ALWAYS_NULL} The venue is not an id here.`),
      conference_url_abs: z.null().describe(ALWAYS_NULL),
      conference_url_pdf: z.null().describe(ALWAYS_NULL),
      proceeding: z.null().describe(ALWAYS_NULL),
    })
    .describe("A paper."),
);

export const TaskSchema = named(
  "Task",
  z
    .object({
      id: z.string().describe("The task's slug: /task/{id} on the site."),
      name: z.string(),
      description: z.string().describe("Markdown; empty when there is none."),
    })
    .describe("A task: what is solved."),
);

export const DatasetSchema = named(
  "Dataset",
  z
    .object({
      id: z.string().describe("The dataset's slug: /dataset/{id} on the site. A subset's slug starts with its dataset's."),
      name: z.string().describe("The dataset's name; a subset's own name (test-dev)."),
      full_name: z.string().describe("The name with its dataset's before it for a subset (COCO test-dev), else the name."),
      url: z.string().nullable().describe("The dataset's homepage; null when unknown."),
    })
    .describe("A dataset, or a subset (partition) of one."),
);

export const MethodSchema = named(
  "Method",
  z
    .object({
      id: z.string().describe("The method's slug: /method/{id} on the site."),
      name: z.string(),
      full_name: z.string().describe("The full name; the name when there is none."),
      description: z.string().describe("Markdown; empty when there is none."),
      paper: z.string().nullable().describe("Id of the paper that introduced the method; null when unknown."),
    })
    .describe("A method: a reusable technique."),
);

export const AreaSchema = named(
  "Area",
  z
    .object({
      id: z.string().describe("The area's slug: /area/{id} on the site."),
      name: z.string(),
    })
    .describe("An area: a top-level field of tasks."),
);

export const RepositorySchema = named(
  "Repository",
  z
    .object({
      url: z.string(),
      owner: z.string().describe("The owner part of a GitHub, GitLab or Bitbucket address; empty for other addresses."),
      name: z.string().describe("The repository part of the address."),
      description: z.string().describe("Always empty: not kept by this catalogue."),
      stars: z.number().int().describe("Stars when known, else 0."),
      framework: z.string().describe('Framework in lower case (pytorch, tensorflow, jax…); "none" when unknown.'),
      is_official: z
        .boolean()
        .nullable()
        .describe("Whether the paper's authors published it: known when listing a paper's repositories, null elsewhere."),
    })
    .describe("A code repository."),
);

export const EvaluationSchema = named(
  "Evaluation",
  z
    .object({
      id: z.string().describe("The benchmark's slug: /sota/{id} on the site."),
      task: z.string().describe("Id of the task."),
      dataset: z.string().describe("Id of the dataset or subset."),
      description: z.string().describe("Empty when there is none."),
      mirror_url: z.null().describe(ALWAYS_NULL),
    })
    .describe("An evaluation table: a benchmark, one task on one dataset, and its leaderboard."),
);

export const MetricSchema = named(
  "Metric",
  z
    .object({
      id: z.string().describe("The metric's slug within its benchmark: /sota/{evaluation}?metric={id} on the site."),
      name: z.string(),
      description: z.string().describe("Empty when there is none."),
      is_loss: z.boolean().describe("True when lower is better. False for higher-is-better metrics and for ones never ranked (a parameter count)."),
    })
    .describe("A metric of a benchmark, in the benchmark's order: the first ranked one ranks the leaderboard."),
);

export const ResultSchema = named(
  "Result",
  z
    .object({
      id: z.string().describe("The result's id: /result/{id} on the site."),
      best_rank: z
        .number()
        .int()
        .nullable()
        .describe("The best rank this result holds on any ranked metric of its benchmark (1 is the best); null when it ranks on none."),
      metrics: z.record(z.string(), z.string()).describe("Each metric's value as reported (\"0.8256 ± 0.0031\", \"91.2%\"), by metric name."),
      methodology: z.string().describe("The model's name."),
      uses_additional_data: z.boolean().describe("Whether the model was trained with data beyond the benchmark's."),
      paper: z.string().nullable().describe("Id of the paper; null when the result names none."),
      best_metric: z.string().nullable().describe("Name of the metric on which best_rank is held; null with it."),
      evaluated_on: day.nullable().describe("Date of the evaluation, YYYY-MM-DD; null when unknown."),
      external_source_url: z.string().nullable().describe("Where the number stands, when that is a web address; else null."),
      evaluation: z.string().describe("Id of the benchmark (evaluation table). Not in the old API: added so that a paper's results say where they stand."),
    })
    .describe("A published result: one row of a leaderboard. Only approved results are served."),
);

export const PaperRepositorySchema = named(
  "PaperRepository",
  z
    .object({
      paper: PaperSchema,
      repository: RepositorySchema.nullable().describe("The paper's main repository (official first, then most stars); null when it has none."),
      is_official: z.boolean().describe("Whether that repository is the authors' own."),
    })
    .describe("A search hit: a paper and its main code repository."),
);

/** Django REST framework's page of `item`. */
function pageOf<T extends z.ZodType>(id: string, item: T, what: string) {
  return named(
    id,
    z
      .object({
        count: z.number().int().nonnegative().describe(`How many ${what} match in all.`),
        next: z.string().nullable().describe("Address of the next page; null on the last."),
        previous: z.string().nullable().describe("Address of the previous page; null on the first."),
        results: z.array(item).describe(`The ${what} of this page.`),
      })
      .describe(`A page of ${what}.`),
  );
}

export const PaperPageSchema = pageOf("PaperPage", PaperSchema, "papers");
export const TaskPageSchema = pageOf("TaskPage", TaskSchema, "tasks");
export const DatasetPageSchema = pageOf("DatasetPage", DatasetSchema, "datasets");
export const MethodPageSchema = pageOf("MethodPage", MethodSchema, "methods");
export const AreaPageSchema = pageOf("AreaPage", AreaSchema, "areas");
export const RepositoryPageSchema = pageOf("RepositoryPage", RepositorySchema, "repositories");
export const EvaluationPageSchema = pageOf("EvaluationPage", EvaluationSchema, "evaluation tables");
export const MetricPageSchema = pageOf("MetricPage", MetricSchema, "metrics");
export const ResultPageSchema = pageOf("ResultPage", ResultSchema, "results");
export const PaperRepositoryPageSchema = pageOf("PaperRepositoryPage", PaperRepositorySchema, "search hits");

named("Error", ApiErrorSchema);

export type ApiPaper = z.infer<typeof PaperSchema>;
export type ApiTask = z.infer<typeof TaskSchema>;
export type ApiDataset = z.infer<typeof DatasetSchema>;
export type ApiMethod = z.infer<typeof MethodSchema>;
export type ApiArea = z.infer<typeof AreaSchema>;
export type ApiRepository = z.infer<typeof RepositorySchema>;
export type ApiEvaluation = z.infer<typeof EvaluationSchema>;
export type ApiMetric = z.infer<typeof MetricSchema>;
export type ApiResult = z.infer<typeof ResultSchema>;
export type ApiPaperRepository = z.infer<typeof PaperRepositorySchema>;
