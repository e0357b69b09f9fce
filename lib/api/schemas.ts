// The objects of the API, in the old Papers with Code API's shapes (the `paperswithcode-client` models), so
// that its clients and scripts work again. Each field says what it is made of here; fields the old API had
// and this catalogue does not keep are always null (or, where the old clients require a value, empty).
import { z } from "zod";
import { TRUST_LEVELS } from "@/lib/trust/trust-level";
import { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { CreateSubmissionSchema, EditResultSchema, ReportResultSchema, ReviewDecisionSchema } from "@/lib/validations/submission";
import { ApiErrorSchema } from "./errors";
import { PUBLISHED_SOURCE_MEANINGS, PUBLISHED_SOURCES } from "./paper-date";
import { ApiCreateSubmissionBody, ApiResultEditBody, ApiResultReportBody, ApiResultRowBody } from "./write-bodies";

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
      published: day.describe(
        "Publication date, YYYY-MM-DD; never null (the old client requires a date). When the catalogue has none, derived: `published_source` says how.",
      ),
      published_source: z
        .enum(PUBLISHED_SOURCES)
        .describe(
          "Where `published` comes from: " +
            PUBLISHED_SOURCES.map((source) => `\`${source}\`, ${PUBLISHED_SOURCE_MEANINGS[source]}`).join("; ") +
            ". Tried in this order. Not in the old API.",
        ),
      conference: z.string().nullable().describe("Id of the conference of its venue (see /conferences/); null when it has no venue."),
      conference_url_abs: z.null().describe(ALWAYS_NULL),
      conference_url_pdf: z.null().describe(ALWAYS_NULL),
      proceeding: z.string().nullable().describe("Id of the proceeding of its venue (see /conferences/{id}/proceedings/); null when it has no venue."),
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

export const AuthorSchema = named(
  "Author",
  z
    .object({
      id: z.string().describe("The name in lower case, words joined by hyphens (`ashish-vaswani`): the same for every paper that spells the name alike."),
      full_name: z.string().describe("The name as the papers give it."),
    })
    .describe("An author, known by name: papers that give the same name (case and punctuation aside) are the same author's."),
);

export const ConferenceSchema = named(
  "Conference",
  z
    .object({
      id: z.string().describe("The venue's words before its year, as an id: `neurips` for `neurips-2019-12`, `eccv` for `ECCV 2020`."),
      name: z.string().describe("The name as venues write it (NeurIPS, ECCV)."),
    })
    .describe("A conference, derived from the venues of the papers: every venue that starts with its name."),
);

export const ProceedingSchema = named(
  "Proceeding",
  z
    .object({
      id: z.string().describe("The venue as an id (`neurips-2019-12`, `eccv-2020`): `proceeding` of a Paper."),
      year: z.number().int().nullable().describe("The year in the venue; null when it names none."),
      month: z.number().int().nullable().describe("The month after the year (`neurips-2019-12`); null when the venue gives none."),
    })
    .describe("A proceeding: one venue of a conference, such as one year's edition."),
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
      is_official: z.boolean().nullable().describe("Whether the paper's authors published it: known when listing a paper's repositories, null elsewhere."),
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
      metrics: z.record(z.string(), z.string()).describe('Each metric\'s value as reported ("0.8256 ± 0.0031", "91.2%"), by metric name.'),
      methodology: z.string().describe("The model's name."),
      uses_additional_data: z.boolean().describe("Whether the model was trained with data beyond the benchmark's."),
      paper: z.string().nullable().describe("Id of the paper; null when the result names none."),
      best_metric: z.string().nullable().describe("Name of the metric on which best_rank is held; null with it."),
      evaluated_on: day.nullable().describe("Date of the evaluation, YYYY-MM-DD; null when unknown."),
      external_source_url: z.string().nullable().describe("Where the number stands, when that is a web address; else null."),
      evaluation: z.string().describe("Id of the benchmark (evaluation table). Not in the old API: added so that a paper's results say where they stand."),
      settings: z
        .record(z.string(), z.string())
        .describe('Not in the old API: the value of each setting its benchmark compares by ("ensemble": "no"), "unknown" when the result does not say.'),
      params: z.number().nullable().describe("Not in the old API: the model's parameter count, where given; else null."),
      training_compute: z.number().nullable().describe("Not in the old API: training compute in FLOPs, where given; else null."),
      inference_cost: z.number().nullable().describe("Not in the old API: inference cost in FLOPs per example, where given; else null."),
      trust: z
        .enum(TRUST_LEVELS)
        .describe("Not in the old API. Trust level from the row's own fields: none < reported < code < author < reproduced; none while contested."),
      trust_reasons: z.array(z.string()).describe("Not in the old API. Why the row has its trust level, one sentence a fact."),
      contested: z.boolean().describe("Not in the old API. Whether sources disagree about this row and a moderator has not settled it yet."),
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
export const AuthorPageSchema = pageOf("AuthorPage", AuthorSchema, "authors");
export const ConferencePageSchema = pageOf("ConferencePage", ConferenceSchema, "conferences");
export const ProceedingPageSchema = pageOf("ProceedingPage", ProceedingSchema, "proceedings");
export const RepositoryPageSchema = pageOf("RepositoryPage", RepositorySchema, "repositories");
export const EvaluationPageSchema = pageOf("EvaluationPage", EvaluationSchema, "evaluation tables");
export const MetricPageSchema = pageOf("MetricPage", MetricSchema, "metrics");
export const ResultPageSchema = pageOf("ResultPage", ResultSchema, "results");
export const PaperRepositoryPageSchema = pageOf("PaperRepositoryPage", PaperRepositorySchema, "search hits");

named("Error", ApiErrorSchema);

// ─── Writes: submissions, and the bodies they take ──────────────────────────────────────────────────
// The bodies are the site's own form schemas (lib/validations/submission.ts) with what a script may leave
// out (lib/api/write-bodies.ts), so that the API accepts what the forms accept, and names a field at fault
// by the same path. A submission's stored content is the form's, every field present.

named("ResultRow", ApiResultRowBody);
export const CreateSubmissionBody = named("CreateSubmission", ApiCreateSubmissionBody);
export const ResultEditBody = named("ResultEdit", ApiResultEditBody);
export const ResultReportBody = named("ResultReport", ApiResultReportBody);
export const DecisionBody = named(
  "DecisionBody",
  z
    .object({ reason: ReviewDecisionSchema.shape.reason.optional() })
    .describe("A moderator's decision: its reason, optional to approve, except a report (the retraction's reason)."),
);

export const SubmissionBody = named(
  "SubmissionBody",
  z
    .union([CreateSubmissionBody, ResultEditBody, ResultReportBody])
    .describe("A submission's content, by its kind: CreateSubmission (new results), ResultEdit (edit) or ResultReport (report)."),
);

const SubmissionContent = named(
  "SubmissionContent",
  z
    .union([CreateSubmissionSchema, EditResultSchema.omit({ resultId: true }), ReportResultSchema.omit({ resultId: true })])
    .describe("A submission's content as stored: the body it was sent with, every field filled in, a known paper's details the catalogue's."),
);

/** The states and kinds in the API's spelling: lower case. */
export const SUBMISSION_STATUSES = Object.values(SubmissionStatus).map((status) => status.toLowerCase() as Lowercase<SubmissionStatus>);
export const SUBMISSION_KINDS = Object.values(SubmissionKind).map((kind) => kind.toLowerCase() as Lowercase<SubmissionKind>);

const StatusSchema = z.enum(SUBMISSION_STATUSES);
const instant = z.iso.datetime();

const PersonSchema = named(
  "Person",
  z
    .object({ id: z.string().describe("The user's id."), name: z.string().nullable().describe("Their name; null when they gave none.") })
    .describe("A user of the site."),
);

export const SubmissionCheckSchema = named(
  "SubmissionCheck",
  z
    .object({
      kind: z
        .string()
        .describe(
          "`possible_duplicate`, `value_out_of_range`, `implausible_jump`, `new_task`, `new_dataset`, `new_benchmark`, `new_metric`, `new_paper`, `missing_paper` or `missing_evidence`.",
        ),
      severity: z.enum(["warning", "note"]).describe("Warnings ask for a moderator's attention; notes only inform."),
      message: z.string(),
      row: z.number().int().optional().describe("The row (from 0) it is about, when it is about one."),
      metric: z.string().optional().describe("The metric it is about, when it is about one."),
    })
    .describe("An automatic check of a submission, computed when it is sent and when it is sent again."),
);

export const ReviewEventSchema = named(
  "ReviewEvent",
  z
    .object({
      from_status: StatusSchema.nullable().describe("Null for the submission's creation."),
      to_status: StatusSchema,
      actor: PersonSchema,
      reason: z.string().nullable(),
      created_at: instant.describe("When."),
    })
    .describe("One step of a submission's life."),
);

export const SubmissionSchema = named(
  "Submission",
  z
    .object({
      id: z.string().describe("The submission's id: /submissions/{id} on the site."),
      kind: z.enum(SUBMISSION_KINDS).describe("New results, an edit of a published result, or a report that one is wrong."),
      status: StatusSchema.describe("pending → approved, rejected, changes_requested (then pending again once edited) or withdrawn; approved → retracted."),
      task: z.string().describe("The task's name as the submission gives it (a proposed task's too)."),
      dataset: z.string().describe("The dataset's name as the submission gives it; a subset as `COCO / test-dev`."),
      evaluation: z.string().nullable().describe("Id of the benchmark (evaluation table) when it exists; null while the submission proposes a new one."),
      result: z.string().nullable().describe("Id of the published result an edit or a report is about; null for new results."),
      results: z.array(z.string()).describe("Ids of the results that new results published once approved, in the order of their rows; empty before."),
      submitter: PersonSchema,
      comment: z.string().describe("The submitter's comment (a report's reason)."),
      has_warnings: z.boolean().describe("Whether any check is a warning."),
      checks: z.array(SubmissionCheckSchema),
      payload: SubmissionContent,
      reason: z.string().nullable().describe("The last decision's reason; null when none was given."),
      decided_by: PersonSchema.nullable().describe("The moderator who decided last; null while undecided."),
      decided_at: instant.nullable().describe("When it was decided last; null while undecided."),
      created_at: instant.describe("When it was sent."),
      updated_at: instant.describe("When it last changed."),
      events: z.array(ReviewEventSchema).describe("Its review events, oldest first."),
      url: z.string().describe("Its page on the site."),
    })
    .describe("A submission: a proposal to add results, edit one or report one, and where its review stands. Seen by its submitter and by moderators."),
);

export const SubmissionPageSchema = pageOf("SubmissionPage", SubmissionSchema, "submissions");

export const DecisionSchema = named(
  "Decision",
  z
    .object({
      submission: SubmissionSchema,
      results: z.array(z.string()).describe("Ids of the results the decision published, changed or retracted."),
      evaluation: z.string().nullable().describe("Id of the benchmark whose leaderboard changed; null when none did."),
    })
    .describe("What a moderator's decision did."),
);

export type ApiPaper = z.infer<typeof PaperSchema>;
export type ApiTask = z.infer<typeof TaskSchema>;
export type ApiDataset = z.infer<typeof DatasetSchema>;
export type ApiMethod = z.infer<typeof MethodSchema>;
export type ApiArea = z.infer<typeof AreaSchema>;
export type ApiAuthor = z.infer<typeof AuthorSchema>;
export type ApiConference = z.infer<typeof ConferenceSchema>;
export type ApiProceeding = z.infer<typeof ProceedingSchema>;
export type ApiRepository = z.infer<typeof RepositorySchema>;
export type ApiEvaluation = z.infer<typeof EvaluationSchema>;
export type ApiMetric = z.infer<typeof MetricSchema>;
export type ApiResult = z.infer<typeof ResultSchema>;
export type ApiPaperRepository = z.infer<typeof PaperRepositorySchema>;
export type ApiSubmission = z.infer<typeof SubmissionSchema>;
export type ApiSubmissionCheck = z.infer<typeof SubmissionCheckSchema>;
