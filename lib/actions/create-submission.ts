"use server";

import { createSubmission } from "@/lib/submissions/create-submission";
import { CreateSubmissionSchema } from "@/lib/validations/submission";
import { sendForReview } from "./send-for-review";
import type { ActionFailure } from "@/lib/actions/form-result";

/** /submit: new results go to the review queue; the submitter lands on their submission. */
export async function createSubmissionAction(input: unknown): Promise<ActionFailure> {
  return sendForReview(CreateSubmissionSchema, input, createSubmission);
}
