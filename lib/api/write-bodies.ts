// The bodies of the API's writes: the site's form schemas (lib/validations/submission.ts), where a form
// always sends every field but a script need not. An optional field left out is empty (or false), an
// existing benchmark's metrics may be left out, and a field at fault is told what to send. What this
// completes is then checked by the form's own schema, in the domain function the form calls.
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { fieldErrorsOf, InvalidInput, type FieldErrorMap } from "@/lib/submissions/input-errors";
import { resolveSubmission } from "@/lib/submissions/resolve-submission";
import {
  BenchmarkChoiceSchema,
  CreateSubmissionSchema,
  EditResultSchema,
  METRIC_DIRECTIONS,
  MetricSchema,
  PaperChoiceSchema,
  ReportResultSchema,
  ResultRowSchema,
  type CreateSubmission,
} from "@/lib/validations/submission";

const DIRECTIONS = METRIC_DIRECTIONS.join(", ");

export const ApiMetricBody = MetricSchema.extend({
  direction: z
    .enum(METRIC_DIRECTIONS, { error: `Send one of ${DIRECTIONS}` })
    .optional()
    .describe(`${DIRECTIONS}. Leave it out for a metric the benchmark has: it keeps its own. A new metric needs it.`),
  unit: MetricSchema.shape.unit.default(""),
});

export const ApiBenchmarkBody = BenchmarkChoiceSchema.extend({
  subset: BenchmarkChoiceSchema.shape.subset.default(""),
  metrics: z
    .array(ApiMetricBody)
    .min(1, "A benchmark needs at least one metric")
    .max(12, "At most 12 metrics")
    .optional()
    .describe(
      "The benchmark's metrics in order: each row's `values` follow it. Leave it out for an existing benchmark: its own metrics, in its order " +
        "(GET /evaluations/{id}/metrics/). Unknown ones are proposed.",
    ),
});

export const ApiPaperBody = PaperChoiceSchema.extend({
  ref: PaperChoiceSchema.shape.ref.default(""),
  title: PaperChoiceSchema.shape.title.default(""),
  authors: PaperChoiceSchema.shape.authors.default(""),
  publishedAt: PaperChoiceSchema.shape.publishedAt.default(""),
});

// safeExtend (which keeps the row's refinements) wants each field's type unchanged: a default changes only
// what may be left out, and the refinements read the output, so the field keeps its type here.
const leftOutAs = <T extends z.ZodType>(schema: T, value: z.output<T>) => schema.default(value as never) as unknown as T;

export const ApiResultRowBody = ResultRowSchema.safeExtend({
  usesExtraData: leftOutAs(ResultRowSchema.shape.usesExtraData, false),
  extraData: leftOutAs(ResultRowSchema.shape.extraData, ""),
  codeUrl: leftOutAs(ResultRowSchema.shape.codeUrl, ""),
  evaluatedAt: leftOutAs(ResultRowSchema.shape.evaluatedAt, ""),
});

export const ApiCreateSubmissionBody = z
  .object({
    benchmark: ApiBenchmarkBody,
    paper: ApiPaperBody.prefault({}),
    rows: z.array(ApiResultRowBody).min(1, "Add at least one result").max(25, "At most 25 results per submission").describe("1 to 25 results."),
    comment: CreateSubmissionSchema.shape.comment.default(""),
  })
  .describe(
    "New results for a benchmark: what the form at /submit sends, where a field not marked required may be left out (empty, or false). " +
      "The paper needs its arXiv id or address (or its title); an unknown one also its title, authors and date.",
  );

export const ApiResultEditBody = z
  .object({ row: ApiResultRowBody, comment: EditResultSchema.shape.comment })
  .describe("A suggested edit of a published result (the one in the address): its `row` as it should read; fields not marked required may be left out.");

export const ApiResultReportBody = z
  .object({ reason: ReportResultSchema.shape.reason })
  .describe("A report that a published result is wrong (the one in the address).");

type ApiCreateSubmission = z.output<typeof ApiCreateSubmissionBody>;

const KINDS: Record<string, string> = { string: "a string", number: "a number", boolean: "true or false", array: "a list", object: "an object" };

function kindOf(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : (KINDS[typeof value] ?? typeof value);
}

/** Zod's "expected string, received undefined" as a caller reads it: what to send, and what the field is. */
function messageOf(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_type") return undefined;
  const expected = KINDS[issue.expected] ?? issue.expected;
  const meaning = (issue.inst as z.ZodType | undefined)?.description;
  const about = meaning ? `: ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}` : "";
  return issue.input === undefined ? `Required: send ${expected}${about}` : `Send ${expected}, not ${kindOf(issue.input)}${about}`;
}

/** The body parsed with an API schema, or InvalidInput naming every field at fault by its path. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body, { error: messageOf });
  if (!parsed.success) throw new InvalidInput(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The metrics a submission left out or gave without direction, from the benchmark it names. */
async function completeMetrics(input: ApiCreateSubmission): Promise<CreateSubmission["benchmark"]["metrics"]> {
  const resolution = await resolveSubmission(prisma, { ...input, benchmark: { ...input.benchmark, metrics: [] } });
  const known = resolution.benchmark
    ? await prisma.metric.findMany({
        where: { benchmarkId: resolution.benchmark.id },
        orderBy: { position: "asc" },
        select: { name: true, direction: true, unit: true },
      })
    : [];
  if (!input.benchmark.metrics) {
    if (known.length > 0) return known;
    throw new InvalidInput({ "benchmark.metrics": ["This benchmark is not in the catalogue yet: list its metrics, each with its name and direction"] });
  }
  const errors: FieldErrorMap = {};
  const metrics = input.benchmark.metrics.map((metric, index) => {
    const existing = known.find((candidate) => candidate.name.toLowerCase() === metric.name.toLowerCase());
    const direction = metric.direction ?? existing?.direction;
    if (!direction) errors[`benchmark.metrics.${index}.direction`] = [`A metric the benchmark does not have needs its direction: ${DIRECTIONS}`];
    return { ...metric, direction: direction ?? "HIGHER_IS_BETTER" };
  });
  if (Object.keys(errors).length > 0) throw new InvalidInput(errors);
  return metrics;
}

/** A body of new results, completed as the form would send it. */
export async function completeSubmissionBody(body: unknown): Promise<CreateSubmission> {
  const input = parseBody(ApiCreateSubmissionBody, body);
  return { ...input, benchmark: { ...input.benchmark, metrics: await completeMetrics(input) } };
}
