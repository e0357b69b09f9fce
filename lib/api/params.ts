// The query parameters of each endpoint, as zod schemas: the handler parses with them and the OpenAPI
// description is generated from them (lib/api/openapi.ts).
import { z } from "zod";
import { TRUST_FILTERS } from "@/lib/trust/trust-level";
import { inputString } from "@/lib/validations/text";
import { ApiError } from "./errors";
import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from "./pagination";
import { SUBMISSION_STATUSES } from "./schemas";

const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` });

const text = (name: string, description: string, max = 200) =>
  inputString()
    .trim()
    .max(max, { error: `${name} must be at most ${max} characters` })
    .optional()
    .describe(description);

export const PaginationParams = z.object({
  page: wholeNumber("page", 1, 1_000_000).default(1).describe("The page to return, from 1."),
  items_per_page: wholeNumber("items_per_page", 1, MAX_ITEMS_PER_PAGE)
    .default(DEFAULT_ITEMS_PER_PAGE)
    .describe(`How many items a page holds: ${DEFAULT_ITEMS_PER_PAGE} unless given, at most ${MAX_ITEMS_PER_PAGE}.`),
});

const SEARCH = "Full-text search, ranked by relevance: every word must match, as a prefix.";

export const PaperListParams = PaginationParams.extend({
  q: text("q", `${SEARCH} Titles, abstracts and authors.`),
  arxiv_id: text("arxiv_id", "Papers with this arXiv id (a version suffix such as v2 is ignored).", 40),
  title: text("title", "Papers whose title contains this text."),
  abstract: text("abstract", "Papers whose abstract contains this text."),
});

export const TaskListParams = PaginationParams.extend({
  q: text("q", `${SEARCH} Names, synonyms and descriptions.`),
  name: text("name", "Tasks whose name contains this text."),
});

export const DatasetListParams = PaginationParams.extend({
  q: text("q", `${SEARCH} Names and descriptions.`),
  name: text("name", "Datasets whose name contains this text."),
  full_name: text("full_name", "Datasets whose full name (a subset's with its dataset's: `COCO test-dev`) contains every word of this text."),
});

export const MethodListParams = PaginationParams.extend({
  q: text("q", `${SEARCH} Names, full names and descriptions.`),
  name: text("name", "Methods whose name contains this text."),
  full_name: text("full_name", "Methods whose full name contains this text."),
});

export const AreaListParams = PaginationParams.extend({
  q: text("q", "Areas whose name contains every word of this text."),
  name: text("name", "Areas whose name contains this text."),
});

export const SearchParams = PaginationParams.extend({
  q: text("q", `${SEARCH} Papers only, as the old API did; each with its main code repository. Without it, the newest papers.`),
});

export const RepositoryListParams = PaginationParams.extend({
  q: text("q", "Repositories whose address contains every word of this text."),
  owner: text("owner", "Repositories of this owner (the user or organisation in the address), case aside."),
  name: text("name", "Repositories of this name (the last part of the address), case aside."),
  stars: wholeNumber("stars", 0, 10_000_000).optional().describe("Repositories with at least this many stars."),
  framework: text("framework", "Repositories in this framework (pytorch, tf, jax…), case aside.", 40),
});

export const AuthorListParams = PaginationParams.extend({
  q: text("q", "Authors whose name contains every word of this text."),
  full_name: text("full_name", "Authors whose name contains this text."),
});

export const ConferenceListParams = PaginationParams.extend({
  q: text("q", "Conferences whose id or name contains every word of this text."),
  name: text("name", "Conferences whose name contains this text."),
});

const STATUS_CHOICES = [...SUBMISSION_STATUSES, "all"];
const STATUS_ERROR = `status must be one of ${STATUS_CHOICES.join(", ")}, or several joined by commas`;

export const SubmissionListParams = PaginationParams.extend({
  status: z
    .string()
    .default("all")
    .refine((value) => value.split(",").every((status) => STATUS_CHOICES.includes(status.trim())), { error: STATUS_ERROR })
    .transform((value) => value.split(",").map((status) => status.trim()))
    .describe(
      `Submissions in these states: one of ${SUBMISSION_STATUSES.join(", ")}, or several joined by commas (\`pending,changes_requested\`). ` +
        "Every state unless given (`all`). The review queue is `pending`.",
    ),
  task: text("task", "Submissions whose task has exactly this name, as the submission gives it (see `task` of a Submission)."),
  dataset: text("dataset", "Submissions whose dataset has exactly this name, a subset as `COCO / test-dev` (see `dataset` of a Submission)."),
  submitter: text("submitter", "Submissions of this user, by id (see `submitter.id`). A user only ever sees their own."),
  has_warnings: z
    .stringbool({ error: "has_warnings must be true or false" })
    .optional()
    .describe("`true`: only submissions whose checks hold a warning; `false`: only those without."),
});

/**
 * The endpoint's parameters read from the query string; a bad one is refused with a 400 naming it.
 * Parameters the endpoint does not know are ignored, and an empty one counts as not given.
 */
export function parseParams<S extends z.ZodObject>(schema: S, searchParams: URLSearchParams): z.output<S> {
  const given: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = searchParams.get(name);
    if (value !== null && value.trim() !== "") given[name] = value;
  }
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = String(issue.path[0] ?? "");
  throw new ApiError("invalid_parameter", `${issue.message} (got ${JSON.stringify(searchParams.get(parameter) ?? "")}).`, { parameter });
}

export const EvaluationResultsParams = PaginationParams.extend({
  as_of: z
    .union([z.iso.date({ error: "as_of must be a day, YYYY-MM-DD" }), z.literal("")])
    .optional()
    .describe(
      "The table as it stood at the end of this UTC day (YYYY-MM-DD), rebuilt from its history: later results left out, later edits and retractions undone.",
    ),
});

/** A benchmark's results: as they stand or stood on a day, all or only those of at least one trust level (lib/trust). */
export const ResultListParams = EvaluationResultsParams.extend({
  trust: z
    .enum(TRUST_FILTERS)
    .optional()
    .describe("Only results of at least this trust level: reported (evidence given) < code (code linked) < author (author-confirmed) < reproduced."),
});
