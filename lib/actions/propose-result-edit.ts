"use server";

import { proposeResultEdit } from "@/lib/submissions/propose-result-edit";
import { EditResultSchema } from "@/lib/validations/submission";
import { sendForReview } from "./send-for-review";
import type { ActionFailure } from "@/lib/actions/form-result";

/** /result/[id]/edit: "Suggest an edit" goes to the review queue. */
export async function proposeResultEditAction(input: unknown): Promise<ActionFailure> {
  return sendForReview(EditResultSchema, input, proposeResultEdit);
}
