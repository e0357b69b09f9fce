import { z } from "zod";
import { inputString } from "@/lib/validations/text";
import { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { REASON_REQUIRED } from "@/lib/submissions/labels";
import { MetricSchema, ReviewDecisionSchema } from "./submission";

/** Approve or reject several submissions from the queue; rejecting needs a reason. */
export const BulkDecisionSchema = z
  .object({
    submissionIds: z.array(inputString().min(1)).min(1, "Choose at least one submission").max(100, "At most 100 at a time"),
    decision: z.enum(["approve", "reject"]),
    reason: ReviewDecisionSchema.shape.reason,
  })
  .superRefine((bulk, ctx) => {
    if (bulk.decision === "reject" && !bulk.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_REQUIRED.bulkReject });
    }
  });

export type BulkDecision = z.infer<typeof BulkDecisionSchema>;

export const REPORT_DECISIONS = ["retract", "dismiss"] as const;

/**
 * A moderator's answer to a report: retract the result (an approval of the report) or dismiss the report
 * (a rejection). Either way the moderator writes the reason; the reporter's words stay the report's.
 */
export const ReportDecisionSchema = z
  .object({
    submissionId: ReviewDecisionSchema.shape.submissionId,
    decision: z.enum(REPORT_DECISIONS),
    reason: ReviewDecisionSchema.shape.reason,
  })
  .superRefine((review, ctx) => {
    if (review.reason) return;
    ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_REQUIRED[review.decision] });
  });

export type ReportDecision = z.infer<typeof ReportDecisionSchema>;

/** A benchmark's metrics as a moderator corrects them: in the order given, each with its direction and unit. */
export const BenchmarkMetricsSchema = z.object({
  benchmarkId: inputString().min(1),
  metrics: z
    .array(z.object({ id: inputString().min(1), direction: MetricSchema.shape.direction, unit: MetricSchema.shape.unit }))
    .min(1, "A benchmark needs at least one metric"),
});

export type BenchmarkMetrics = z.infer<typeof BenchmarkMetricsSchema>;

const optionalText = inputString().trim().max(200).catch("");
const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);
const isoDay = z.union([z.literal(""), z.iso.date()]).catch("");

/** /moderation?state=&task=&dataset=&submitter=&warnings=1&page= */
export const QueueQuerySchema = z.object({
  state: z.enum(SubmissionStatus).catch("PENDING"),
  task: optionalText,
  dataset: optionalText,
  submitter: optionalText,
  warnings: z.literal("1").optional().catch(undefined),
  page: pageNumber,
});

export type QueueQuery = z.infer<typeof QueueQuerySchema>;

/** /moderation/log?actor=&state=&from=&to=&page= */
export const AuditLogQuerySchema = z.object({
  actor: optionalText,
  state: z.union([z.literal(""), z.enum(SubmissionStatus)]).catch(""),
  from: isoDay,
  to: isoDay,
  page: pageNumber,
});

export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;

/** /moderation/benchmarks?q=&page= */
export const BenchmarkListQuerySchema = z.object({ q: optionalText, page: pageNumber });
