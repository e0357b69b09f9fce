"use server";

import { z } from "zod";
import { resubmitSubmission } from "@/lib/submissions/resubmit-submission";
import { sendForReview } from "./send-for-review";
import type { ActionFailure } from "@/lib/actions/form-result";

/** /submissions/[id]: the edited submission goes back to the queue. Its schema depends on its kind: the domain parses. */
export async function resubmitSubmissionAction(submissionId: string, input: unknown): Promise<ActionFailure> {
  return sendForReview(z.unknown(), input, (userId, data) => resubmitSubmission(userId, String(submissionId), data));
}
