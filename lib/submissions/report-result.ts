import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db";
import { requireActor } from "@/lib/users/require-actor";
import { ReportResultSchema, type ReportResult } from "@/lib/validations/submission";
import { parseInput } from "./input-errors";
import { insertSubmission } from "./insert-submission";
import { findTargetResult } from "./prepare-result-edit";

/** The columns of a REPORT_RESULT submission; its comment is the reason. */
export async function prepareReport(db: Tx, report: ReportResult) {
  const { result, names } = await findTargetResult(db, report.resultId);
  return {
    targetResultId: result.id,
    benchmarkId: result.benchmarkId,
    ...names,
    payload: report as unknown as Prisma.InputJsonValue,
    checks: [],
    hasWarnings: false,
    comment: report.reason,
  };
}

/**
 * "Report a problem": a signed-in user flags a published result as wrong (REPORT_RESULT, pending, with
 * its review event); approval retracts the result. Refusals: InvalidInput, UNAUTHENTICATED, NOT_FOUND,
 * CONFLICT (already retracted). Nothing is written on a refusal.
 */
export async function reportResult(userId: string | null, input: unknown): Promise<{ id: string }> {
  const parsed = parseInput(ReportResultSchema, input);
  return prisma.$transaction(async (tx) => {
    const actor = await requireActor(tx, userId);
    return { id: await insertSubmission(tx, actor, { kind: "REPORT_RESULT", ...(await prepareReport(tx, parsed)) }) };
  });
}
