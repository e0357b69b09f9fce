import { z } from "zod";
import { arxivRefProblem } from "@/lib/validations/arxiv-id";
import { inputString, isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/validations/text";
import { REASON_REQUIRED } from "@/lib/submissions/labels";
import { parseMetricValue } from "@/lib/values/parse-metric-value";
import { parseAmount } from "@/lib/axes/axes";

export const METRIC_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NOT_RANKED"] as const;

/** The most rows one submission of new results holds (lib/submissions/submission-results.ts counts on it). */
export const MAX_SUBMISSION_ROWS = 25;

const text = (max: number) => inputString().trim().max(max, `At most ${max} characters`);
const required = (max: number, message: string) => text(max).min(1, message);

export const optionalUrl = z.union([
  z.literal(""),
  z
    .url({ protocol: /^https?$/, message: "Enter a full web address starting with https://" })
    .max(500)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
]);

const PARAMS_MESSAGE = "Write a number such as 7B, 350M or 7e9";

const isoDay = z.union([z.literal(""), z.iso.date("Use the form YYYY-MM-DD")]);

/** A metric of the benchmark: an existing one, or one the submission proposes. */
export const MetricSchema = z.object({
  name: required(100, "Name the metric").describe("The metric's name; an existing metric of the benchmark is matched by name, case aside."),
  direction: z.enum(METRIC_DIRECTIONS, "Choose whether higher or lower is better").describe("Which way is better. An existing metric keeps its own."),
  unit: text(20).describe("The unit (`%`, `M`, `s`…), or empty."),
});

/** The benchmark, named by its task and dataset; unknown names propose new catalogue entries. */
export const BenchmarkChoiceSchema = z
  .object({
    task: required(200, "Name the task, e.g. Image Classification").describe("The task's name; an unknown name proposes a new task."),
    dataset: required(200, "Name the dataset, e.g. ImageNet").describe("The dataset's name; an unknown name proposes a new dataset."),
    subset: text(200).describe("A subset (partition) of the dataset, such as `test-dev`; empty for the whole dataset."),
    metrics: z
      .array(MetricSchema)
      .min(1, "A benchmark needs at least one metric")
      .max(12, "At most 12 metrics")
      .describe("The benchmark's metrics in order: each row's `values` follow it. Unknown ones are proposed."),
  })
  .describe("The benchmark, by its task and dataset: an existing one, or one to create on approval.");

/** The paper, by arXiv id or URL; an unknown paper also needs its title, authors and date. */
export const PaperChoiceSchema = z
  .object({
    ref: text(300)
      .superRefine((ref, ctx) => {
        const problem = arxivRefProblem(ref);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .describe("The paper's arXiv id (`1512.03385`, checked strictly) or web address."),
    title: text(400).describe("Needed when the paper is not in the catalogue yet (else filled in from it)."),
    authors: text(2000).describe("Comma-separated, in order; needed for a paper not in the catalogue yet."),
    publishedAt: isoDay.describe("Publication date, YYYY-MM-DD; needed for a paper not in the catalogue yet."),
    abstract: text(10_000).optional().describe("The abstract of a paper not in the catalogue yet; may be left out."),
  })
  .describe("The paper: a known one by its arXiv id, address or title; an unknown one with its title, authors and date.");

/** One leaderboard row: `values[i]` is the value, as reported, of the benchmark's metric i. */
export const ResultRowSchema = z
  .object({
    modelName: required(200, "Name the model, as in the paper").describe("The model's name, as in the paper."),
    values: z
      .array(text(60))
      .describe("One value per metric of the benchmark, in its order, as reported (`88.5`, `88.5%`, `0.82 ± 0.01`, `2.1M`); empty for none."),
    usesExtraData: z.boolean().describe("Whether the model was trained with data beyond the benchmark's."),
    extraData: text(300).describe("Which extra training data; required when `usesExtraData`."),
    codeUrl: optionalUrl.describe("The code's address (https://…), or empty."),
    evaluatedAt: isoDay.describe("Date of the evaluation, YYYY-MM-DD; empty for the paper's date."),
    evidence: required(300, "Say where in the paper the number stands, e.g. Table 2").describe(
      "Where the number stands: `Table 2`, a figure, a page, or an address.",
    ),
    settings: z
      .record(text(60), text(40))
      .optional()
      .describe(
        'The row\'s comparison settings, key → value (`{"ensemble": "no", "shots": "5"}`): the benchmark\'s settings, each one of its allowed values or `unknown`. ' +
          "A key left out is unknown; a new benchmark takes the standard ones.",
      ),
    params: text(40)
      .refine((params) => params === "" || parseAmount(params) !== null, PARAMS_MESSAGE)
      .optional()
      .describe("The model's parameter count, as `7B`, `350M` or `7e9`; empty or left out when not given."),
  })
  .superRefine((row, ctx) => {
    if (row.usesExtraData && !row.extraData) {
      ctx.addIssue({ code: "custom", path: ["extraData"], message: "Say which extra training data was used" });
    }
    if (row.values.every((value) => value === "")) {
      ctx.addIssue({ code: "custom", path: ["values", 0], message: "Give at least one value" });
    }
    row.values.forEach((value, index) => {
      if (value !== "" && parseMetricValue(value).value === null) {
        ctx.addIssue({
          code: "custom",
          path: ["values", index],
          message: "Not a number: write it as in the paper, e.g. 88.5, 88.5%, 0.82 ± 0.01 or 2.1M",
        });
      }
    });
  });

export const CreateSubmissionSchema = z
  .object({
    benchmark: BenchmarkChoiceSchema,
    paper: PaperChoiceSchema,
    rows: z
      .array(ResultRowSchema)
      .min(1, "Add at least one result")
      .max(MAX_SUBMISSION_ROWS, `At most ${MAX_SUBMISSION_ROWS} results per submission`)
      .describe(`1 to ${MAX_SUBMISSION_ROWS} results.`),
    comment: text(2000).describe("For the moderator; may be empty."),
  })
  .superRefine((submission, ctx) => {
    const names = submission.benchmark.metrics.map((metric) => metric.name.toLowerCase());
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        ctx.addIssue({ code: "custom", path: ["benchmark", "metrics", index, "name"], message: "This metric is listed twice" });
      }
    });
    if (!submission.paper.ref && !submission.paper.title) {
      ctx.addIssue({ code: "custom", path: ["paper", "ref"], message: "Give the paper's arXiv id or URL, or its title" });
    }
    submission.rows.forEach((row, index) => {
      if (row.values.length !== submission.benchmark.metrics.length) {
        ctx.addIssue({ code: "custom", path: ["rows", index, "values"], message: "One value per metric" });
      }
    });
  });

export type CreateSubmission = z.infer<typeof CreateSubmissionSchema>;
export type ResultRow = z.infer<typeof ResultRowSchema>;

/** A proposed change to a published result: its new row, values aligned with its benchmark's metrics. */
export const EditResultSchema = z.object({
  resultId: inputString().min(1),
  row: ResultRowSchema,
  comment: required(2000, "Say what was wrong and where the correct value comes from").describe("What was wrong and where the correct value comes from."),
});

export type EditResult = z.infer<typeof EditResultSchema>;

/** "Report a problem" on a published result. */
export const ReportResultSchema = z.object({
  resultId: inputString().min(1),
  reason: required(2000, "Say what is wrong with this result")
    .min(10, "Say a little more: at least 10 characters")
    .describe("What is wrong with the result: at least 10 characters."),
});

export type ReportResult = z.infer<typeof ReportResultSchema>;

export const DECISIONS = ["approve", "reject", "request_changes"] as const;

/** A moderator's decision; rejecting and requesting changes need a reason. */
export const ReviewDecisionSchema = z
  .object({
    submissionId: inputString().min(1),
    decision: z.enum(DECISIONS),
    reason: text(2000).describe("Shown to the submitter; required to reject or to request changes."),
  })
  .superRefine((review, ctx) => {
    if (review.decision !== "approve" && !review.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_REQUIRED[review.decision] });
    }
  });

export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const RetractResultSchema = z.object({
  resultId: inputString().min(1),
  reason: required(2000, REASON_REQUIRED.retract),
});

export type RetractResult = z.infer<typeof RetractResultSchema>;
