// Pending submissions for tests (unit and browser), written as the submission form writes them: the
// payload is exactly the schema's parsed output, with a review event from nothing to PENDING.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasWarnings, type SubmissionCheck } from "@/lib/submissions/checks/check-types";
import { resolveSubmission } from "@/lib/submissions/resolve-submission";
import { CreateSubmissionSchema, EditResultSchema, ReportResultSchema, type CreateSubmission, type ResultRow } from "@/lib/validations/submission";

type Input<T> = { submitterId: string; checks?: SubmissionCheck[] } & T;

/** A result row as the form sends it, with its values in the benchmark's metric order. */
export function resultRow(modelName: string, values: string[], fields: Partial<ResultRow> = {}): ResultRow {
  return { modelName, values, usesExtraData: false, extraData: "", codeUrl: "", evaluatedAt: "", evidence: "Table 2", ...fields };
}

/** A NEW_RESULTS submission, PENDING, with its benchmark resolved against the catalogue as the form does. */
export async function createNewResultsSubmission({ submitterId, checks = [], ...input }: Input<CreateSubmission>) {
  const payload = CreateSubmissionSchema.parse(input);
  const resolution = await prisma.$transaction((tx) => resolveSubmission(tx, payload));
  const { task, dataset, subset } = payload.benchmark;
  return writeSubmission(submitterId, checks, {
    kind: "NEW_RESULTS",
    payload,
    benchmarkId: resolution.benchmark?.id ?? null,
    taskName: resolution.task?.name ?? task,
    datasetName: [resolution.dataset?.name ?? dataset, subset && (resolution.subset?.name ?? subset)].filter(Boolean).join(" / "),
    comment: payload.comment,
  });
}

/** An EDIT_RESULT submission proposing a new row for a published result. */
export async function createEditSubmission({ submitterId, checks = [], ...input }: Input<{ resultId: string; row: ResultRow; comment: string }>) {
  const payload = EditResultSchema.parse(input);
  return writeSubmission(submitterId, checks, { kind: "EDIT_RESULT", payload, comment: payload.comment, ...(await targetOf(payload.resultId)) });
}

/** A REPORT_RESULT submission: "Report a problem" on a published result. */
export async function createReportSubmission({ submitterId, checks = [], ...input }: Input<{ resultId: string; reason: string }>) {
  const payload = ReportResultSchema.parse(input);
  return writeSubmission(submitterId, checks, { kind: "REPORT_RESULT", payload, comment: payload.reason, ...(await targetOf(payload.resultId)) });
}

async function targetOf(resultId: string) {
  const result = await prisma.result.findUniqueOrThrow({
    where: { id: resultId },
    select: { benchmark: { select: { id: true, task: { select: { name: true } }, dataset: { select: { name: true, parent: { select: { name: true } } } } } } },
  });
  const { id, task, dataset } = result.benchmark;
  return {
    targetResultId: resultId,
    benchmarkId: id,
    taskName: task.name,
    datasetName: dataset.parent ? `${dataset.parent.name} / ${dataset.name}` : dataset.name,
  };
}

type Row = Omit<Prisma.SubmissionUncheckedCreateInput, "submitterId" | "checks" | "hasWarnings" | "payload"> & { payload: object };

async function writeSubmission(submitterId: string, checks: SubmissionCheck[], data: Row) {
  return prisma.$transaction(async (tx) => {
    const submission = await tx.submission.create({
      data: { ...data, submitterId, checks, hasWarnings: hasWarnings(checks) },
      select: { id: true },
    });
    await tx.reviewEvent.create({ data: { submissionId: submission.id, actorId: submitterId, fromStatus: null, toStatus: "PENDING" } });
    return submission;
  });
}
