"use server";

import { reportResult } from "@/lib/submissions/report-result";
import { ReportResultSchema } from "@/lib/validations/submission";
import { sendForReview } from "./send-for-review";
import type { ActionFailure } from "@/lib/actions/form-result";

/** /result/[id]/report: "Report a problem" goes to the review queue. */
export async function reportResultAction(input: unknown): Promise<ActionFailure> {
  return sendForReview(ReportResultSchema, input, reportResult);
}
